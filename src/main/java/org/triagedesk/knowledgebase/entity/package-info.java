/** Known issues (mapped and indexed), their versions and ranges, the glossary, the load report. No services. */
package org.triagedesk.knowledgebase.entity;
