package org.triagedesk.cases.entity;

import java.util.List;

/** One page of a list of cases, newest first, and how many match in all. */
public record CaseListing(List<SupportCase> cases, long total) {
}
