/** The known issues as maintainers change them, and the loader of {@code kb/}; what pages and resources call. */
package org.triagedesk.knowledgebase.boundary;
