package org.homeward.registry.web;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * A search by name walking the whole registry: with a walk this long, every search, however rare
 * its name, is answered by testing the names on each case's row.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "homeward.registry.walk-per-match=1000000")
class CaseSearchTest extends SearchByNameChecks {}
