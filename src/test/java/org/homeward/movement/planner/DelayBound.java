package org.homeward.movement.planner;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Map;

/**
 * A lower bound on the delay of any plan that places the same households as a given plan: the
 * transportation relaxation (a household's seats may be split across its flights; escorts of minors
 * are not counted), solved as a min-cost flow. For the benchmark: how far a plan's delay is from
 * the best possible for its households.
 */
final class DelayBound {

  private DelayBound() {}

  /** The bound, in value × days. */
  static double of(PlanningProblem problem, FlightPlan plan) {
    Instance in = Instance.of(problem);
    Map<String, Integer> households = in.householdIndex;
    boolean[] placed = new boolean[in.householdCount];
    for (FlightPlan.Assignment assignment : plan.assignments()) {
      placed[households.get(assignment.household())] = true;
    }
    double bound = 0;
    int[] pinnedSeats = new int[in.flightCount];
    for (int h = 0; h < in.householdCount; h++) {
      if (in.pinned[h] >= 0) {
        pinnedSeats[in.pinned[h]] += in.seats[h];
        bound += in.decimal(in.delay(h, in.pinned[h])).doubleValue();
      }
    }
    for (Instance.Group group : in.groups) {
      bound += groupBound(in, group, placed, pinnedSeats) / Math.pow(10, in.scale);
    }
    return bound;
  }

  private static double groupBound(
      Instance in, Instance.Group group, boolean[] placed, int[] pinnedSeats) {
    int[] households = Arrays.stream(group.households()).filter(h -> placed[h]).toArray();
    int[] flights = group.flights();
    int n = households.length;
    int k = flights.length;
    // nodes: source 0, households 1..n, flights n+1..n+k, sink n+k+1
    int nodes = n + k + 2;
    int source = 0;
    int sink = n + k + 1;
    Graph graph = new Graph(nodes);
    int need = 0;
    for (int i = 0; i < n; i++) {
      int h = households[i];
      graph.add(source, 1 + i, in.seats[h], 0);
      need += in.seats[h];
      for (int j = 0; j < k; j++) {
        int f = flights[j];
        for (int g : in.feasible[h]) {
          if (g == f) {
            graph.add(1 + i, 1 + n + j, in.seats[h], (double) in.delay(h, f) / in.seats[h]);
          }
        }
      }
    }
    for (int j = 0; j < k; j++) {
      int f = flights[j];
      graph.add(1 + n + j, sink, Math.max(0, in.capacity[f] - pinnedSeats[f]), 0);
    }
    return graph.minCost(source, sink, need);
  }

  /** Successive shortest paths with SPFA; fine for a few thousand households. */
  private static final class Graph {
    int[] head;
    int[] next = new int[16];
    int[] to = new int[16];
    int[] cap = new int[16];
    double[] cost = new double[16];
    int edges;

    Graph(int nodes) {
      head = new int[nodes];
      Arrays.fill(head, -1);
    }

    void add(int u, int v, int c, double w) {
      edge(u, v, c, w);
      edge(v, u, 0, -w);
    }

    private void edge(int u, int v, int c, double w) {
      if (edges == to.length) {
        next = Arrays.copyOf(next, edges * 2);
        to = Arrays.copyOf(to, edges * 2);
        cap = Arrays.copyOf(cap, edges * 2);
        cost = Arrays.copyOf(cost, edges * 2);
      }
      to[edges] = v;
      cap[edges] = c;
      cost[edges] = w;
      next[edges] = head[u];
      head[u] = edges++;
    }

    double minCost(int source, int sink, int need) {
      int nodes = head.length;
      double total = 0;
      int flow = 0;
      double[] dist = new double[nodes];
      int[] via = new int[nodes];
      boolean[] queued = new boolean[nodes];
      while (flow < need) {
        Arrays.fill(dist, Double.POSITIVE_INFINITY);
        Arrays.fill(via, -1);
        dist[source] = 0;
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        queue.add(source);
        queued[source] = true;
        while (!queue.isEmpty()) {
          int u = queue.poll();
          queued[u] = false;
          for (int e = head[u]; e >= 0; e = next[e]) {
            if (cap[e] > 0 && dist[u] + cost[e] < dist[to[e]] - 1e-12) {
              dist[to[e]] = dist[u] + cost[e];
              via[to[e]] = e;
              if (!queued[to[e]]) {
                queued[to[e]] = true;
                queue.add(to[e]);
              }
            }
          }
        }
        if (via[sink] < 0) {
          break;
        }
        int push = need - flow;
        for (int v = sink; v != source; v = to[via[v] ^ 1]) {
          push = Math.min(push, cap[via[v]]);
        }
        for (int v = sink; v != source; v = to[via[v] ^ 1]) {
          cap[via[v]] -= push;
          cap[via[v] ^ 1] += push;
        }
        flow += push;
        total += push * dist[sink];
      }
      return total;
    }
  }
}
