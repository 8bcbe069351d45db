package org.homeward.shared.events;

import java.util.concurrent.Executor;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.AsyncConfigurer;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Where the modules' reactions to each other's events run ({@code @ApplicationModuleListener}s,
 * after the publishing transaction committed): a few threads, fewer than the database connections,
 * with the reactions waiting their turn in a queue. Without the bound, a burst of events (a flight
 * of a hundred households departing, the demo loading a thousand cases) starts as many reactions at
 * once, each in its own transaction; they outnumber the connections, wait past the pool's timeout
 * and fail. Waiting in the queue loses nothing: each event's publication is stored with the
 * transaction that published it, and one not yet handled when the server stops is handed in again
 * at the next start.
 */
@Configuration(proxyBeanMethods = false)
class EventReactions implements AsyncConfigurer, DisposableBean {

  private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();

  EventReactions(
      @Value("${homeward.events.reaction-threads:4}") int threads,
      @Value("${homeward.db.pool-size:10}") int connections) {
    if (threads < 1 || threads >= connections) {
      throw new IllegalStateException(
          "homeward.events.reaction-threads must be between 1 and homeward.db.pool-size - 1 ("
              + (connections - 1)
              + "), so that requests keep a connection: it is "
              + threads);
    }
    executor.setCorePoolSize(threads);
    executor.setMaxPoolSize(threads);
    executor.setThreadNamePrefix("reaction-");
    executor.setWaitForTasksToCompleteOnShutdown(true);
    executor.setAwaitTerminationSeconds(25);
    executor.initialize();
  }

  @Override
  public Executor getAsyncExecutor() {
    return executor;
  }

  /**
   * At shutdown, lets the reactions under way finish; those still queued run then too, or fail once
   * the database is closed and are handed in again at the next start.
   */
  @Override
  public void destroy() {
    executor.shutdown();
  }

  /** How many reactions run at once. */
  int threads() {
    return executor.getMaxPoolSize();
  }
}
