package org.homeward.organisation.web;

import java.util.Set;
import org.homeward.organisation.Role;

/** What an administrator changes on an account; absent fields stay as they are. */
record UserPatchRequest(Set<Role> roles, Boolean enabled, Boolean locked, Boolean secondFactor) {}
