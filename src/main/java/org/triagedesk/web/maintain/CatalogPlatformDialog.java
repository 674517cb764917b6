package org.triagedesk.web.maintain;

import java.time.LocalDate;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

/** The dialog that adds a host platform to the catalog or changes one: name, end of support, note. */
@Named
@ViewScoped
public class CatalogPlatformDialog extends CatalogEntryDialog {

    private static final long serialVersionUID = 1L;

    /** A platform code as the policy and the API name it: upper case, digits and underscores. */
    public static final String CODE_PATTERN = "[A-Z][A-Z0-9_]{1,63}";

    private String code;
    private String name;
    private LocalDate endOfSupport;

    public void startNew() {
        open(false, null);
        code = null;
        name = null;
        endOfSupport = null;
    }

    public void edit(CatalogPlatformRow row) {
        open(true, row.note());
        code = row.code();
        name = row.name();
        endOfSupport = row.endOfSupport();
    }

    @Override
    protected Refusal refusal() {
        return !isExisting() && catalogs.platform(code).isPresent()
                ? new Refusal("platformForm:code", texts.get("mt", "cat.platform.exists", code)) : null;
    }

    @Override
    protected Object store(String note, String by) {
        catalogs.savePlatform(code, name == null ? null : name.strip(), endOfSupport, note, by);
        return code;
    }

    @Override
    protected String savedKey() {
        return "cat.platform.saved";
    }

    public String getCodePattern() { return CODE_PATTERN; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code == null ? null : code.strip(); }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public LocalDate getEndOfSupport() { return endOfSupport; }
    public void setEndOfSupport(LocalDate endOfSupport) { this.endOfSupport = endOfSupport; }
}
