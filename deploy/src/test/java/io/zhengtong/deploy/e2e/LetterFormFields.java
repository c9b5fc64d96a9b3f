package io.zhengtong.deploy.e2e;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** Fields of the website's letter form that a label's plain words cannot find alone. */
final class LetterFormFields {

    /**
     * 姓名, with or without its required mark (*): the anonymous option's label mentions 姓名 too,
     * so the whole label is matched.
     */
    private static final Pattern WRITER_NAME = Pattern.compile("^姓名\\s*\\*?$");

    private LetterFormFields() {
    }

    static Locator writerName(Page page) {
        return page.getByLabel(WRITER_NAME);
    }
}
