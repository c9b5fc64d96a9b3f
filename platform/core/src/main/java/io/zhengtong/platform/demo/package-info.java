/**
 * One-time seeding of a service's demo content (the demo county): {@link io.zhengtong.platform.demo.DemoSeedMarkers}
 * lets only one replica seed, {@link io.zhengtong.platform.demo.DemoSeed} beans run once at start-up
 * when {@code zhengtong.demo.seed=true}.
 */
package io.zhengtong.platform.demo;
