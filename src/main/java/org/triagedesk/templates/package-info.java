/**
 * Templates: the response drafts an engineer starts from, chosen by the case's situation and language, with the
 * placeholders filled. May use: {@code eligibility} (the wording of findings), the {@code kernel} and
 * {@code platform}. Used by {@code cases} and {@code knowledgebase} (which loads the templates).
 */
package org.triagedesk.templates;
