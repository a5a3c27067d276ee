package vnetlab.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Compile errors and null variables in the learner's words, through the kernel's evaluator with the course's imports. */
class LearnerWordsTest {
    private static Evaluator evaluator;

    @BeforeAll
    static void startJShell() {
        evaluator = new Evaluator(StartupImports.LIST);
        run("var lab = Net.newLab(\"words\");\nvar home = lab.lan(\"home\", \"192.168.1.0/24\");\n"
                + "var laptop = home.host(\"laptop\", \"192.168.1.2\");\nvar vbox = laptop.hypervisor(VIRTUALBOX);\n"
                + "var web = vbox.vm(\"web\").bridged();");
    }

    @AfterAll
    static void stopJShell() {
        evaluator.close();
    }

    private static void run(String cell) {
        assertThat(evaluator.eval(cell, v -> { })).isNotInstanceOf(Evaluator.Result.Failed.class);
    }

    private static CellError error(String cell) {
        Evaluator.Result result = evaluator.eval(cell, v -> { });
        assertThat(result).isInstanceOf(Evaluator.Result.Failed.class);
        return ((Evaluator.Result.Failed) result).error();
    }

    @Test
    void a_misspelt_method_suggests_the_nearest_method_of_the_receivers_type() {
        // when
        CellError error = error("vbox.vm(\"files\").bridge();");
        // then
        assertThat(error.value()).isEqualTo("Vm has no method bridge(); did you mean bridged()?");
        assertThat(error.plainText()).endsWith("error: Vm has no method bridge(); did you mean bridged()?\n"
                + "javac: cannot find symbol\n"
                + "         symbol:   method bridge()\n"
                + "         location: class vnetlab.model.Vm");
    }

    @Test
    void a_misspelt_method_on_a_variable_and_on_net_is_found_too() {
        assertThat(error("web.bridgd()").value()).isEqualTo("Vm has no method bridgd(); did you mean bridged()?");
        assertThat(error("Net.labb(\"x\")").value()).isEqualTo("Net has no method labb(); did you mean lab()?");
    }

    @Test
    void an_unknown_variable_says_to_run_the_cell_that_creates_it() {
        // when
        CellError error = error("lab.trace(printer, web, 80)");
        // then
        assertThat(error.value()).isEqualTo("printer does not exist yet: run the cell that creates it");
        assertThat(error.plainText()).contains("javac: cannot find symbol\n", "symbol:   variable printer");
    }

    @Test
    void a_typo_in_a_variable_names_the_variable_that_exists() {
        assertThat(error("lab.trace(laptp, web, 80)").value())
                .isEqualTo("laptp does not exist yet: run the cell that creates it (did you mean laptop?)");
    }

    @Test
    void a_name_in_quotes_where_an_endpoint_goes_is_one_line() {
        // given
        run("var phone = home.host(\"phone\", \"192.168.1.20\");");
        // when
        CellError error = error("lab.trace(\"phone\", web, 80)");
        // then
        assertThat(error.value()).isEqualTo("lab.trace needs two endpoints, e.g. lab.trace(phone, web, 80); you passed a String \"phone\"");
        assertThat(error.plainText()).contains("javac: no suitable method found for trace(java.lang.String,vnetlab.model.Vm,int)",
                "(argument mismatch; java.lang.String cannot be converted to vnetlab.model.Endpoint)");
    }

    @Test
    void a_number_where_an_address_goes_is_one_line() {
        assertThat(error("home.host(\"nas\", 30)").value()).isEqualTo("this needs a String here; you passed a number 30");
    }

    @Test
    void a_failed_var_cell_says_the_variable_is_left_unset_and_the_next_cell_says_which_cell_to_rerun() {
        // given: a DSL call that throws while a var is declared
        CellError failed = error("var k8s = home.kubernetes(\"k\", 2).mustReach(\"10.0.0.0/8\").podCidr(\"10.1.0.0/16\");");
        // then
        assertThat(failed.plainText()).endsWith("note: k8s is declared but has no value (null) because this cell failed;"
                + " fix it and run it again before using k8s");
        // when the next cell uses it
        CellError next = error("k8s.addressPlan()");
        // then
        assertThat(next.value()).isEqualTo("k8s has no value: the cell that declared it (var k8s = …) failed; fix that cell and run it again");
        assertThat(next.plainText()).contains("java.lang.NullPointerException");
    }

    @Test
    void a_var_that_runs_again_without_error_is_no_longer_unset() {
        // given
        error("var plan = home.kubernetes(\"p\", 2).mustReach(\"10.0.0.0/8\").podCidr(\"10.1.0.0/16\");");
        run("var plan = \"fixed\";");
        run("plan = null;");
        // when
        CellError error = error("plan.length()");
        // then
        assertThat(error.value()).isEqualTo("plan is null: give it a value before using it");
    }

    @Test
    void other_compile_errors_keep_javacs_message() {
        assertThat(error("int x = ;").value()).isEqualTo("illegal start of expression");
    }

    @Test
    void our_classes_are_found_by_simple_name() {
        assertThat(LearnerWords.ourClass("Vm")).contains(vnetlab.model.Vm.class);
        assertThat(LearnerWords.ourClass("Lab")).contains(vnetlab.Lab.class);
        assertThat(LearnerWords.ourClass("String")).isEmpty();
        assertThat(LearnerWords.nearest("bridge", List.of("bridged", "nat", "hostOnly"))).contains("bridged");
        assertThat(LearnerWords.nearest("xyz", List.of("bridged", "nat"))).isEmpty();
    }
}
