/**
 * The parts of the reference story the demo tells beside its households: the money (the projects of
 * 2005–2012, the appeal, its contributions, rates and spending), the travel documents and fitness
 * checks, and the charters home. Each is told in the present, around the day the demo is loaded,
 * through the other modules' public services.
 */
package org.homeward.demo.story;
