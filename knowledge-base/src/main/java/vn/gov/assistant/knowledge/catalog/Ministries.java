package vn.gov.assistant.knowledge.catalog;

import java.util.Map;

/**
 * The ministries and sectors whose procedures the catalog holds, by the folder the portal's
 * records come in ({@code Procedure.ministry}), with the name staff know them by.
 */
public final class Ministries {

    private static final Map<String, String> NAMES = Map.of(
            "bo-cong-an", "Bộ Công an",
            "bo-nong-nghiep-mt", "Bộ Nông nghiệp và Môi trường",
            "bo-tai-chinh", "Bộ Tài chính",
            "bo-tu-phap", "Bộ Tư pháp",
            "bo-xay-dung", "Bộ Xây dựng",
            "ngan-hang-nha-nuoc", "Ngân hàng Nhà nước Việt Nam",
            "toa-an-nhan-dan", "Tòa án nhân dân");

    private Ministries() {}

    /** The name of a ministry's folder; an unknown folder is named as it is, none as "chưa rõ". */
    public static String name(String folder) {
        if (folder == null || folder.isBlank()) {
            return "chưa rõ";
        }
        return NAMES.getOrDefault(folder, folder);
    }
}
