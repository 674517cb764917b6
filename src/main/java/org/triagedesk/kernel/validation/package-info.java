/**
 * The rules on what a request may say, as Jakarta Bean Validation constraints, one constraint per rule, used by the
 * API and the pages alike: {@link org.triagedesk.kernel.validation.Constraints} checks a request and answers every
 * problem at once, each named by its field and worded in the reader's language ({@code ValidationMessages}
 * bundles); {@link org.triagedesk.kernel.validation.CalendarDay} reads a typed day and says why an impossible one
 * (February 30th) is not a day. Constraints that need a context's types (a Kubernetes version, a minor's two days)
 * live beside those types and use this package; this package uses nothing of the application.
 */
package org.triagedesk.kernel.validation;
