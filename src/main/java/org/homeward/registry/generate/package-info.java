/**
 * The {@code generate} command: realistic households written straight into the registry's tables,
 * for trials and benchmarks at scale. Exposed only for the command line.
 */
@org.springframework.modulith.NamedInterface("generate")
package org.homeward.registry.generate;
