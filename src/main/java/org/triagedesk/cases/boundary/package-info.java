/**
 * The use cases of cases, one EJB each: filing and triage, the life cycle and corrections, evidence uploads,
 * statistics for the dashboard. Transactions begin here; pages and resources call nothing deeper.
 */
package org.triagedesk.cases.boundary;
