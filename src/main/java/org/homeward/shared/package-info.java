/**
 * The few truly generic pieces every module uses: ISO codes, validation outcomes and the one place
 * that turns errors into RFC 9457 problem responses. It depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Shared",
    type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.homeward.shared;
