/**
 * The cluster profile, verdicts, findings and missing facts, policy sections, and the catalog entities
 * ({@code KubernetesVersion}, {@code HostPlatform}, catalog imports). Depends on nothing else of the application.
 */
package org.triagedesk.eligibility.entity;
