package org.homeward.shared.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.scheduling.annotation.AsyncConfigurer;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

@SpringBootTest
class EventReactionsTest {

  @Autowired AsyncConfigurer reactions;

  @Test
  void reactionsRunOnFewerThreadsThanThereAreConnectionsAndWaitTheirTurnInAQueue()
      throws Exception {
    ThreadPoolTaskExecutor executor = (ThreadPoolTaskExecutor) reactions.getAsyncExecutor();
    assertThat(executor.getMaxPoolSize()).isEqualTo(4).isLessThan(10);
    // more reactions than threads: none is refused, each runs on one of the reaction threads
    var threads = new java.util.concurrent.ConcurrentHashMap<String, Boolean>();
    CompletableFuture<?>[] all = new CompletableFuture<?>[40];
    for (int i = 0; i < all.length; i++) {
      all[i] =
          CompletableFuture.runAsync(
              () -> threads.put(Thread.currentThread().getName(), true), executor);
    }
    CompletableFuture.allOf(all).get(30, TimeUnit.SECONDS);
    assertThat(threads.keySet()).isNotEmpty().allMatch(n -> n.startsWith("reaction-"));
    assertThat(threads).hasSizeLessThanOrEqualTo(4);
  }

  @Test
  void asManyReactionThreadsAsConnectionsIsRefusedNamingTheSetting() {
    assertThatThrownBy(() -> new EventReactions(10, 10))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("homeward.events.reaction-threads")
        .hasMessageContaining("9");
  }
}
