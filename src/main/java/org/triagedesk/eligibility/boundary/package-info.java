/** The eligibility check and the catalogs as pages and resources reach them: read, revise, import. */
package org.triagedesk.eligibility.boundary;
