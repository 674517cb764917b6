package org.triagedesk.web.maintain;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.triagedesk.eligibility.boundary.Catalogs;
import org.triagedesk.eligibility.entity.CatalogImport;
import org.triagedesk.eligibility.entity.KubernetesMinor;
import org.triagedesk.web.PageTexts;

/**
 * The catalogs the support policy judges against: Kubernetes minors and host platforms, each in its
 * own table. Rows are added and edited in dialogs ({@link CatalogVersionDialog}, {@link CatalogPlatformDialog})
 * and deleted here.
 */
@Named
@ViewScoped
public class CatalogsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Catalogs catalogs;

    @Inject
    PageTexts texts;

    @Inject
    Clock clock;

    private List<CatalogVersionRow> versions;
    /** The day the rows' statuses hold for. */
    private LocalDate shownOn;
    private List<CatalogImport> imports;
    private List<CatalogPlatformRow> platforms;

    @PostConstruct
    void refresh() {
        LocalDate today = LocalDate.now(clock);
        // newest first: the minors people ask about are the recent ones
        versions = catalogs.versions().stream().map(v -> CatalogVersionRow.of(v, today))
                .sorted(Comparator.comparing((CatalogVersionRow r) -> KubernetesMinor.of(r.minor())).reversed()).toList();
        shownOn = today;
        imports = catalogs.imports(5);
        platforms = catalogs.platforms().stream().map(CatalogPlatformRow::of).toList();
    }

    public void deleteVersion(String minor) {
        if (catalogs.deleteVersion(KubernetesMinor.of(minor))) {
            texts.info("mt", "cat.version.deleted", minor);
        }
        refresh();
    }

    public void deletePlatform(String code) {
        if (catalogs.deletePlatform(code)) {
            texts.info("mt", "cat.platform.deleted", code);
        }
        refresh();
    }

    void changed() {
        refresh();
    }

    public LocalDate getShownOn() {
        return shownOn;
    }

    public List<CatalogVersionRow> getVersions() {
        return versions;
    }

    /** The last imports applied, newest first. */
    public List<CatalogImport> getImports() {
        return imports;
    }

    public List<CatalogPlatformRow> getPlatforms() {
        return platforms;
    }
}
