package org.triagedesk.web.maintain;

import java.time.LocalDate;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.triagedesk.eligibility.entity.HostPlatform;

/** The dialog that adds a host platform to the catalog or changes one: name, end of support, note. */
@Named
@ViewScoped
public class CatalogPlatformDialog extends CatalogEntryDialog<CatalogPlatformRow> {

    private static final long serialVersionUID = 1L;

    private String code;
    private String name;
    private LocalDate endOfSupport;

    @Override
    protected void load(CatalogPlatformRow row) {
        CatalogPlatformRow from = row == null ? CatalogPlatformRow.EMPTY : row;
        code = from.code();
        name = from.name();
        endOfSupport = from.endOfSupport();
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

    public String getCodePattern() { return HostPlatform.CODE_PATTERN; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code == null ? null : code.strip(); }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public LocalDate getEndOfSupport() { return endOfSupport; }
    public void setEndOfSupport(LocalDate endOfSupport) { this.endOfSupport = endOfSupport; }
}
