package org.triagedesk.eligibility.entity;

/**
 * A section of the published support policy, cited by its title. The source is Japanese; the
 * English title is the product's own translation (one section is titled in English in the source).
 */
public enum PolicySection {
    SUPPORTED_VERSIONS("サポートされているバージョン ポリシー", "Supported version policy"),
    SERVICE_UPDATES("サービスの更新とリリース", "Service updates and releases"),
    SHARED_RESPONSIBILITY("Shared responsibility", "Shared responsibility"),
    AGENT_NODE_CUSTOMIZATION("Shared responsibility; エージェント ノードのユーザー カスタマイズ",
            "Shared responsibility; User customization of agent nodes"),
    STOPPED_OR_DISCONNECTED("停止または切断されたクラスター", "Stopped or disconnected clusters"),
    SUBSCRIPTIONS("削除済みまたは一時停止中のサブスクリプション", "Deleted or suspended subscriptions"),
    ALPHA_AND_BETA_FEATURES("サポートされていないプレビューとベータ版の Kubernetes 機能",
            "Unsupported alpha and beta Kubernetes features"),
    PREVIEW_FEATURES("プレビュー機能または機能フラグ", "Preview features or feature flags"),
    SUPPORT_COVERAGE("AKS Arc サポート カバレッジ", "AKS Arc support coverage"),
    AGENT_NODE_COVERAGE("エージェント ノードの AKS Arc サポート カバレッジ", "AKS Arc support coverage for agent nodes");

    private final String japaneseTitle;
    private final String englishTitle;

    PolicySection(String japaneseTitle, String englishTitle) {
        this.japaneseTitle = japaneseTitle;
        this.englishTitle = englishTitle;
    }

    public String japaneseTitle() {
        return japaneseTitle;
    }

    public String englishTitle() {
        return englishTitle;
    }

    /** Both titles, Japanese first as in the source: "停止または切断されたクラスター / Stopped or disconnected clusters". */
    public String citation() {
        return japaneseTitle.equals(englishTitle) ? englishTitle : japaneseTitle + " / " + englishTitle;
    }
}
