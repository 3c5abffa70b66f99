package vn.gov.assistant.core.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Forms staff add as files, next to the bundled ones: no code, and a broken file is refused. */
class FormCatalogDirTest {

    private static final String FORM =
            """
            {"id": "dang-ky-nuoi-con", "title": "Tờ khai đăng ký việc nuôi con nuôi", "procedures": ["1.001193"],
             "triggers": ["tờ khai nuôi con nuôi"],
             "sections": [{"id": "nguoi-nhan", "title": "Người nhận con nuôi",
               "fields": [{"id": "ho-ten", "label": "Họ, chữ đệm, tên", "type": "name", "required": true}]}]}
            """;

    @Test
    void aFormInTheDirectoryIsAddedToTheBundledOnes(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("nuoi-con.json"), FORM);
        FormCatalog catalog = FormCatalog.bundledAnd(dir);
        assertThat(catalog.all()).hasSize(FormCatalog.bundled().all().size() + 1);
        assertThat(catalog.named("cho tôi điền tờ khai nuôi con nuôi"))
                .map(FormDefinition::id)
                .contains("dang-ky-nuoi-con");
    }

    @Test
    void aBrokenFileIsRefusedWithItsName(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("hong.json"), FORM.replace("\"name\"", "\"chu-ky\""));
        assertThatThrownBy(() -> FormCatalog.bundledAnd(dir))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("hong.json")
                .hasMessageContaining("chu-ky");
    }
}
