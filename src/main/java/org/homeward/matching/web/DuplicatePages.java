package org.homeward.matching.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.homeward.matching.Matching;
import org.homeward.matching.MergeOutcome;
import org.homeward.matching.ReviewDecision;
import org.homeward.matching.ReviewItem;
import org.homeward.matching.ReviewStatus;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Permission;
import org.homeward.organisation.Requires;
import org.homeward.registry.PersonIdentity;
import org.homeward.shared.ConflictException;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.web.Formats;
import org.homeward.shared.web.PageController;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The reviewer's pages for duplicates: the queue with the registry-wide search and its progress,
 * one pair with a choice per field, and a merge that can be undone. They call the same service as
 * the API, which checks access and audits every decision.
 */
@PageController
class DuplicatePages {

  static final int PAGE_SIZE = 20;

  private final Matching matching;
  private final Formats formats;
  private final MessageSource messages;

  DuplicatePages(Matching matching, Formats formats, MessageSource messages) {
    this.matching = matching;
    this.formats = formats;
    this.messages = messages;
  }

  @Requires(Permission.DUPLICATE_REVIEW)
  @GetMapping("/duplicates")
  String queue(@RequestParam(required = false) String page, Actor actor, Model model) {
    int p = page(page);
    model.addAttribute("queue", matching.reviews(p, PAGE_SIZE, actor));
    model.addAttribute("run", matching.latestRun(actor).orElse(null));
    return "duplicates/list";
  }

  /** The progress bar alone, which htmx asks for every two seconds while a run is going. */
  @Requires(Permission.DUPLICATE_REVIEW)
  @GetMapping(path = "/duplicates/runs/{id}", headers = "HX-Request")
  String runProgress(@PathVariable String id, Actor actor, Model model) {
    model.addAttribute("run", matching.run(id(id), actor));
    return "duplicates/list :: run";
  }

  @Requires(Permission.DUPLICATE_REVIEW)
  @PostMapping("/duplicates/runs")
  String startRun(Actor actor, RedirectAttributes redirect) {
    try {
      matching.startRun(actor);
    } catch (ConflictException e) {
      redirect.addFlashAttribute("problem", "run-in-progress");
    }
    return "redirect:/duplicates";
  }

  @Requires(Permission.DUPLICATE_REVIEW)
  @PostMapping("/duplicates/runs/{id}/stop")
  String stopRun(@PathVariable String id, Actor actor, RedirectAttributes redirect) {
    try {
      matching.stopRun(id(id), actor);
    } catch (ConflictException e) {
      // it finished or stopped in the meantime: the page shows which
      redirect.addFlashAttribute("problem", "run-not-running");
    }
    return "redirect:/duplicates";
  }

  @Requires(Permission.DUPLICATE_REVIEW)
  @GetMapping("/duplicates/{id}")
  String pair(@PathVariable String id, Actor actor, Model model) {
    ReviewItem item = matching.review(id(id), actor);
    if (item.status() == ReviewStatus.OPEN) {
      model.addAttribute("group", matching.reviewGroup(item.id(), actor));
    }
    return pairPage(model, item);
  }

  @Requires(Permission.DUPLICATE_REVIEW)
  @PostMapping("/duplicates/{id}/decision")
  String decide(
      @PathVariable String id,
      @RequestParam MultiValueMap<String, String> params,
      Actor actor,
      RedirectAttributes redirect) {
    String decision = params.getFirst("decision");
    Map<String, String> keep = new LinkedHashMap<>();
    for (String field : PersonIdentity.FIELDS) {
      Optional.ofNullable(params.getFirst("keep." + field)).ifPresent(v -> keep.put(field, v));
    }
    try {
      ReviewItem decided =
          matching.decide(
              id(id), new ReviewDecision(decision, params.getFirst("survivor"), keep), actor);
      if (decided.status() == ReviewStatus.NOT_SAME_PERSON) {
        redirect.addFlashAttribute("notice", "not-same-person");
        return "redirect:/duplicates";
      }
      redirect.addFlashAttribute("notice", "merged");
      return "redirect:/duplicates/merges/" + decided.mergeId();
    } catch (ConflictException e) {
      redirect.addFlashAttribute("problem", "already-decided");
      return "redirect:/duplicates/" + id(id);
    }
  }

  @Requires(Permission.DUPLICATE_REVIEW)
  @GetMapping("/duplicates/merges/{id}")
  String merge(@PathVariable String id, Actor actor, Model model) {
    MergeOutcome merge = matching.merge(id(id), actor);
    model.addAttribute("merge", merge);
    model.addAttribute(
        "fields",
        PairFields.of(
            merge.survivorBefore(),
            merge.duplicateIdentity(),
            formats,
            messages,
            LocaleContextHolder.getLocale()));
    model.addAttribute(
        "merged",
        PairFields.of(
            merge.merged(), merge.merged(), formats, messages, LocaleContextHolder.getLocale()));
    return "duplicates/merge";
  }

  @Requires(Permission.DUPLICATE_REVIEW)
  @PostMapping("/duplicates/merges/{id}/undo")
  String undo(@PathVariable String id, Actor actor, RedirectAttributes redirect) {
    try {
      MergeOutcome undone = matching.undoMerge(id(id), actor);
      redirect.addFlashAttribute("notice", "undone");
      return "redirect:/duplicates/" + undone.reviewId();
    } catch (ConflictException e) {
      redirect.addFlashAttribute("problem", e.code());
      return "redirect:/duplicates/merges/" + id(id);
    }
  }

  @ExceptionHandler(NotFoundException.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  String notFound() {
    return "not-found";
  }

  private String pairPage(Model model, ReviewItem item) {
    model.addAttribute("item", item);
    model.addAttribute(
        "fields",
        PairFields.of(
            item.a().identity(),
            item.b().identity(),
            formats,
            messages,
            LocaleContextHolder.getLocale()));
    return "duplicates/show";
  }

  private static int page(String page) {
    try {
      return page == null ? 0 : Math.max(0, Integer.parseInt(page.strip()));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static long id(String text) {
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw new NotFoundException("duplicate", text);
    }
  }
}
