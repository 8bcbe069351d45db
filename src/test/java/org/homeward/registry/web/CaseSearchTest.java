package org.homeward.registry.web;

import org.springframework.boot.test.context.SpringBootTest;

/** A search by name as installed: the demo registry is small enough to be walked whole. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CaseSearchTest extends SearchByNameChecks {}
