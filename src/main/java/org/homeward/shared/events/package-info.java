/** How the modules' reactions to each other's events are run. */
package org.homeward.shared.events;
