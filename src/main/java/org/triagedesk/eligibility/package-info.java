/**
 * Eligibility: whether a cluster is supported under the published support policy. Owns the policy rules, the
 * catalogs of Kubernetes versions and host platforms (with their import from the release calendar) and the
 * wording of findings and missing facts in both languages.
 * <p>
 * May use: the {@code platform} only (it knows nothing of cases or classification). Used by {@code cases},
 * {@code templates}, {@code classification} (entities), {@code api} and {@code web}.
 */
package org.triagedesk.eligibility;
