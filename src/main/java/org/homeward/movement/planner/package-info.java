/**
 * The flight planner engine, free of Spring and of the database: ready households onto flights by
 * the hard rules (one flight per household, its destination, travel documents and fitness valid on
 * the day, seats with laps and escorts, capacity), the most value first, then the fewest moves from
 * a previous plan, then the least delay, with every household left out explained. {@link
 * org.homeward.movement.planner.Planner} is the engine, {@link
 * org.homeward.movement.planner.GreedyPlanner} the baseline; the {@code plan} and {@code
 * plan-scenario} commands run it over files, and the module's planning pages go through it too. See
 * docs/movement-planner.md.
 */
@org.springframework.modulith.NamedInterface("planner")
package org.homeward.movement.planner;
