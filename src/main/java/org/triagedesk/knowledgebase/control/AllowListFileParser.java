package org.triagedesk.knowledgebase.control;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.triagedesk.knowledgebase.entity.LoadProblem;
import org.triagedesk.knowledgebase.entity.RedactionAllowList;

/**
 * Reads the redaction allow-list {@code kb/redaction/allow-list.txt} (format in kb/README.md): one entry a
 * line, an address range in CIDR notation ({@code 127.0.0.0/8}, {@code fe80::/10}), a single address, or a
 * domain with its subdomains ({@code coredns.io}); {@code #} starts a comment, to the end of the line. A line
 * that is none of these is reported with its number and left out; the other lines are kept.
 */
public class AllowListFileParser {

    /** Where the allow-list is, relative to kb/. */
    public static final String FILE = "redaction/allow-list.txt";

    public record Result(RedactionAllowList allowList, List<LoadProblem> problems) {
    }

    /** Reads {@link #FILE} under a kb/ folder; without one only the reserved ranges are kept. */
    public Result read(Path kb) {
        Path path = kb.resolve(FILE);
        if (!Files.isRegularFile(path)) {
            return new Result(RedactionAllowList.RESERVED_ONLY, List.of());
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(path))).toString();
            return parse(FILE, text.replace("\r\n", "\n").lines().toList());
        } catch (CharacterCodingException e) {
            return new Result(RedactionAllowList.RESERVED_ONLY, List.of(new LoadProblem(FILE, 1, "file.notUtf8")));
        } catch (IOException e) {
            return new Result(RedactionAllowList.RESERVED_ONLY, List.of(new LoadProblem(FILE, 1, "file.cannotRead", String.valueOf(e.getMessage()))));
        }
    }

    public Result parse(String file, List<String> lines) {
        List<RedactionAllowList.Network> networks = new ArrayList<>();
        List<String> domains = new ArrayList<>();
        List<LoadProblem> problems = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            int comment = line.indexOf('#');
            String entry = (comment < 0 ? line : line.substring(0, comment)).strip();
            if (entry.isEmpty()) {
                continue;
            }
            Optional<RedactionAllowList.Network> network = RedactionAllowList.Network.parse(entry);
            if (network.isPresent()) {
                networks.add(network.get());
            } else if (RedactionAllowList.isDomain(entry)) {
                domains.add(entry);
            } else {
                problems.add(new LoadProblem(file, i + 1, "allowList.entry", entry));
            }
        }
        return new Result(new RedactionAllowList(networks, domains), List.copyOf(problems));
    }
}
