package org.triagedesk.cases.control;

import java.util.List;
import java.util.function.Consumer;

import org.triagedesk.cases.entity.ExtractedFact;
import org.triagedesk.kernel.Evidence;

/** Recognises one kind of command output in evidence and reads facts from it. */
public interface FactParser {

    void read(Evidence evidence, List<String> lines, Consumer<ExtractedFact> found);
}
