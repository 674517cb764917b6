/**
 * The case aggregate and its values: {@code SupportCase} is the root (the only one a boundary loads and changes;
 * its evidence, triages, corrections and drafts change through it), with the status life cycle, the references,
 * the triage request and result, and the extracted facts. No services, no persistence calls.
 */
package org.triagedesk.cases.entity;
