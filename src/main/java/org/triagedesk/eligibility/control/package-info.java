/**
 * The support policy's rules, the release-calendar reader and import plan, and the wording of findings
 * ({@code FindingTexts}). Used by the eligibility boundary; pages reach only {@code FindingTexts} and
 * {@code CatalogImportPlan}, which a boundary hands out (see {@code ArchitectureTest.pagesUseBoundariesOnly}).
 */
package org.triagedesk.eligibility.control;
