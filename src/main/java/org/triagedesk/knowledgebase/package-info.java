/**
 * Knowledge base: the known issues (written by maintainers, or loaded from {@code kb/}), their search and
 * duplicate check, the version notes they carry, the glossary and the labelled examples, and the loading of the
 * {@code kb/} directory with its problems per file and line.
 * <p>
 * May use: {@code templates} (the response templates are loaded from {@code kb/} too), the {@code kernel} and
 * {@code platform}. Used by {@code classification}, {@code cases}, {@code api} and {@code web}.
 */
package org.triagedesk.knowledgebase;
