package org.homeward.organisation.web;

import java.util.Set;
import org.homeward.organisation.Permission;

/** A new personal API token: a name to recognise it, its permissions, and its life in days. */
record TokenRequest(String name, Set<Permission> permissions, Integer expiresInDays) {}
