package org.homeward.shared.web;

import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Homeward's own files (css, js, images) and the WebJars, each folder at its own address. Their
 * addresses carry a hash of their content, so browsers on slow links keep them for a year and fetch
 * them again only when they change.
 *
 * <p>Spring Boot's default maps every address ({@code /**}) to the static files; a page's links are
 * then each looked up among them (and in the jar) to find their hash, and a link to a case, which
 * is no file, was looked up again on every page: most of the time a list of cases took to render.
 * So the default is off ({@code spring.web.resources.add-mappings=false}) and only these folders
 * are static.
 */
@Configuration(proxyBeanMethods = false)
class StaticFiles implements WebMvcConfigurer {

  private static final CacheControl A_YEAR =
      CacheControl.maxAge(Duration.ofDays(365)).cachePublic();

  @Override
  public void addResourceHandlers(ResourceHandlerRegistry registry) {
    for (String folder : new String[] {"css", "js", "images"}) {
      add(registry, "/" + folder + "/**", "classpath:/static/" + folder + "/");
    }
    add(registry, "/webjars/**", "classpath:/META-INF/resources/webjars/");
  }

  private static void add(ResourceHandlerRegistry registry, String pattern, String location) {
    registry
        .addResourceHandler(pattern)
        .addResourceLocations(location)
        .setCacheControl(A_YEAR)
        .resourceChain(true)
        .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
  }
}
