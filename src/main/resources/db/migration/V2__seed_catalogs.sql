-- V2: seed data for the two catalogs read by the support-policy rules.
-- Portable SQL (H2 2.2 and PostgreSQL 15): plain INSERTs, DATE literals, NULL where unknown.
--
-- Where the values come from
--   Public Microsoft documentation only: the MicrosoftDocs/azure-stack-docs repository (folder
--   AKS-Hybrid/, later renamed AKS-Arc/, plus azure-local/), read file by file from stored
--   versions, and the Microsoft lifecycle data for Windows Server. The AKS hybrid release notes
--   (a GitHub releases page outside that repository) were NOT used. docs/catalog-sources.md
--   gives, for every row, the file path(s) and what the text says.
--
-- Conventions
--   kubernetes_version.release_date = first date on which AKS Arc offered the minor, in any of
--     the products in scope (AKS on Azure Stack HCI 22H2 / Windows Server = "AksHci", and AKS Arc
--     on Azure Local 23H2+ = "az aksarc"). The earliest documented date wins.
--   Where the docs give only a month, the day is the 1st of that month (the earliest reading,
--     which makes the one-year window end early rather than late).
--   Azure Local dates are the "availability date" of the first Azure Local release whose AKS Arc
--     Kubernetes list contains the minor.
--   kubernetes_version.removal_date = the date the docs say support for the minor ends; NULL when
--     the docs give none.
--   host_platform.end_of_support = the last day on which AKS Arc on that host is still
--     supported (inclusive). NULL = no fixed end date documented.
--
-- Uncertainty (see docs/catalog-sources.md for details)
--   1.23, 1.24, 1.25: month-level GA from the AKS hybrid release calendar table; the table mixed
--     published and planned values, so treat the day (and possibly the month) as approximate.
--   1.26, 1.27: that calendar marks these months as PREDICTED; no later revision of it in
--     azure-stack-docs states the actual month. Low confidence. The later upper bounds are known
--     from Azure Local (1.26 in release 2402 and older, 1.27 from 2402 = 2024-02-13).
--   1.28 and later: dates are for AKS Arc on Azure Local; whether AksHci on 22H2/Windows Server
--     shipped 1.28 earlier is not stated in azure-stack-docs.
--   Minors older than 1.23 are left out: no release date for them is documented (they appear only
--     in example command output). The rules then treat them as unknown, which is also unsupported.
--   Windows Server 2019/2022: AKS Arc retirement on Windows Server is March 27, 2028 (support ends
--     that day, so the last supported day is 2028-03-26). A later revision only says "through
--     March 2028". The OS extended-support ends are later (2029-01-09, 2031-10-14), so the AKS
--     date is the one that applies.
--   Azure Local 23H2: the docs give a month only ("until April 2026", no updates "after April
--     2026"), stored as the last day of April.

INSERT INTO kubernetes_version (minor, release_date, removal_date, note) VALUES ('1.23', DATE '2022-08-01', NULL, 'AKS-Hybrid/supported-kubernetes-versions.md (release calendar: AKS hybrid GA Aug 2022; month only). Product: AKS on Azure Stack HCI 22H2 / Windows Server.');
INSERT INTO kubernetes_version (minor, release_date, removal_date, note) VALUES ('1.24', DATE '2022-10-01', NULL, 'AKS-Hybrid/supported-kubernetes-versions.md (release calendar: AKS hybrid GA Oct 2022; month only). Product: AKS on Azure Stack HCI 22H2 / Windows Server.');
INSERT INTO kubernetes_version (minor, release_date, removal_date, note) VALUES ('1.25', DATE '2023-05-01', NULL, 'AKS-Hybrid/supported-kubernetes-versions.md (release calendar: AKS hybrid GA May 2023; month only). Product: AKS on Azure Stack HCI 22H2 / Windows Server.');
INSERT INTO kubernetes_version (minor, release_date, removal_date, note) VALUES ('1.26', DATE '2023-07-01', NULL, 'AKS-Hybrid/supported-kubernetes-versions.md (release calendar: GA July/Aug 2023, marked predicted; low confidence). Also AKS Arc on Azure Local releases 2402 and older up to 2405 (AKS-Arc/supported-kubernetes-versions.md).');
INSERT INTO kubernetes_version (minor, release_date, removal_date, note) VALUES ('1.27', DATE '2023-09-01', NULL, 'AKS-Hybrid/supported-kubernetes-versions.md (release calendar: GA Sep/Oct 2023, marked predicted; low confidence). Also AKS Arc on Azure Local releases 2402 (2024-02-13) to 2411 (AKS-Arc/supported-kubernetes-versions.md).');
INSERT INTO kubernetes_version (minor, release_date, removal_date, note) VALUES ('1.28', DATE '2024-05-30', DATE '2025-08-31', 'AKS-Arc/aks-whats-new-local.md (Azure Local release 2405, available 2024-05-30 per azure-local/release-information-23h2.md); support ends Aug 31, 2025 (release 2507 announcement). Product: AKS Arc on Azure Local 23H2.');
INSERT INTO kubernetes_version (minor, release_date, removal_date, note) VALUES ('1.29', DATE '2024-09-05', DATE '2025-10-31', 'AKS-Arc/aks-whats-new-local.md (Azure Local release 2408, available 2024-09-05 per azure-local/release-information-23h2.md); support ends Oct 31, 2025 (release 2508 announcement). Product: AKS Arc on Azure Local.');
INSERT INTO kubernetes_version (minor, release_date, removal_date, note) VALUES ('1.30', DATE '2025-03-31', NULL, 'AKS-Arc/supported-kubernetes-versions.md and aks-whats-new-local.md (Azure Local release 2503, available 2025-03-31 per azure-local/release-information-23h2.md). Product: AKS Arc on Azure Local.');
INSERT INTO kubernetes_version (minor, release_date, removal_date, note) VALUES ('1.31', DATE '2025-08-29', NULL, 'AKS-Arc/aks-whats-new-local.md (release 2508: 1.31 now available; 2508 available 2025-08-29 per azure-local/release-information-23h2.md). Product: AKS Arc on Azure Local.');
INSERT INTO kubernetes_version (minor, release_date, removal_date, note) VALUES ('1.32', DATE '2025-10-22', NULL, 'AKS-Arc/supported-kubernetes-versions.md (release calendar: 1.32 in Azure Local 2510; 2510 available 2025-10-22 per azure-local/release-information-23h2.md). Product: AKS Arc on Azure Local.');

INSERT INTO host_platform (code, name, end_of_support, note) VALUES ('AZURE_STACK_HCI_22H2', 'Azure Stack HCI, version 22H2 (AKS hybrid / AksHci)', DATE '2025-05-31', 'azure-local/includes/end-of-service-22h2.md and AKS-Arc/aks-ws-22h2-retirement.md: Azure Stack HCI 22H2 reached end of support on May 31, 2025; after that no monthly updates and support only for upgrading.');
INSERT INTO host_platform (code, name, end_of_support, note) VALUES ('WINDOWS_SERVER_2019', 'Windows Server 2019 (AKS on Windows Server / AksHci)', DATE '2028-03-26', 'AKS-Arc/aks-windows-server-retirement.md: AKS Arc on Windows Server retires March 27, 2028 (no support from that day); later revision: supported through March 2028. WS2019 node pools deprecated March 2026 (worker OS only). OS extended support ends 2029-01-09, later than the AKS date.');
INSERT INTO host_platform (code, name, end_of_support, note) VALUES ('WINDOWS_SERVER_2022', 'Windows Server 2022 (AKS on Windows Server / AksHci)', DATE '2028-03-26', 'AKS-Arc/aks-windows-server-retirement.md: AKS Arc on Windows Server retires March 27, 2028 (no support from that day); later revision: supported through March 2028. WS2022 node pools deprecated March 2027 (worker OS only). OS extended support ends 2031-10-14, later than the AKS date.');
INSERT INTO host_platform (code, name, end_of_support, note) VALUES ('AZURE_LOCAL_23H2', 'Azure Local, version 23H2 (OS build 25398; AKS Arc via az aksarc)', DATE '2026-04-30', 'azure-local/release-information-23h2.md: 2510 is the final 23H2 release, supported until April 2026; no updates after April 2026 (month only, last day used). AKS Arc on Azure Local needs 23H2 or later (AKS-Arc/aks-whats-new-local.md).');
INSERT INTO host_platform (code, name, end_of_support, note) VALUES ('AZURE_LOCAL_24H2', 'Azure Local, version 24H2 (OS build 26100, solution 12.x; AKS Arc via az aksarc)', NULL, 'azure-local/release-information-23h2.md: no fixed end date; each Azure Local release is supported for 6 months, so the instance must stay current. AKS Arc supported on 23H2 and later (AKS-Arc/aks-whats-new-local.md).');
