/** The parsers of the {@code kb/} files, the version-note reader, the known-issue search and duplicate check. */
package org.triagedesk.knowledgebase.control;
