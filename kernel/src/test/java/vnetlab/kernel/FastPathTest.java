package vnetlab.kernel;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class FastPathTest {
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
            "1+1                          | Object $vnetlab = (1+1\\n);",
            "lab.trace(phone, web, 80);   | Object $vnetlab = (lab.trace(phone, web, 80)\\n);",
            "x // note                    | Object $vnetlab = (x // note\\n);",
            "new StringBuilder(\"a\")     | Object $vnetlab = (new StringBuilder(\"a\")\\n);",
            "list.forEach(x -> {})        | Object $vnetlab = (list.forEach(x -> {})\\n);",
    })
    void an_expression_becomes_a_declaration_of_one_variable(String source, String form) {
        // given a snippet that looks like an expression
        // when rewritten
        // then it declares $vnetlab, closing on the next line
        assertThat(FastPath.rewrite(source)).hasValue(form.replace("\\n", "\n"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
            "var x = 1;",
            "int x = 1;",
            "String s = \"a\";",
            "List<String> names = List.of();",
            "Lab lab;",
            "void f() { }",
            "if (x) { y(); }",
            "for (int i = 0; i < 3; i++) { }",
            "{ a(); }",
            "import java.util.*;",
            "class A { }",
            "record R(int x) { }",
            "throw new IllegalStateException(\"x\");",
            "System.out.println(1);",
            "a(); b();",
    })
    void statements_and_declarations_are_left_to_jshell(String source) {
        // given a snippet that is not an expression
        // when rewritten
        // then there is no fast form
        assertThat(FastPath.rewrite(source)).isEmpty();
    }
}
