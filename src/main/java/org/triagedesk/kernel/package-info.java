/**
 * The shared kernel: the few values every context speaks of (coverage areas, evidence, case text, the
 * classification of a case, issue matches and their reasons, Kubernetes releases) and the text analysis they share.
 * Depends on no context (see {@code ArchitectureTest.theKernelDependsOnNoContext}).
 */
package org.triagedesk.kernel;
