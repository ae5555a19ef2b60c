package se.samspar.web.faces.el;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.el.ELException;
import jakarta.el.ELProcessor;
import jakarta.el.StandardELContext;
import jakarta.el.ExpressionFactory;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The resolver answers the calls it takes exactly as the standard resolvers do (checked against them with the
 * expression language Payara ships, Expressly), and leaves the others to them.
 */
class MethodCallResolverTest {

    /** A view as the modules' apis have them. */
    public record Row(long id, String reference, List<Long> partyIds) {
        public String label(long partyId) {
            return reference + "/" + partyId;
        }

        public String overloaded(String text) {
            return "text " + text;
        }

        public String overloaded(Long number) {
            return "number " + number;
        }

        public String failing() {
            throw new IllegalStateException("refused");
        }
    }

    /** Not public: the standard resolver reaches its methods through a public type, if any. */
    record Hidden(String name) {
    }

    private static final Row ROW = new Row(7, "VINR-1", List.of(3L, 4L));
    private static final List<String> EXPRESSIONS = List.of("row.reference()", "row.id()", "row.label(5)",
            "row.label('6')", "row.label(row.id())", "row.overloaded('a')", "row.partyIds().size()",
            "row.reference().length()", "row.partyIds().stream().map(p -> row.label(p)).toList()");

    private static ELProcessor processor(boolean withResolver) {
        ELProcessor el = new ELProcessor();
        if (withResolver) {
            el.getELManager().addELResolver(new MethodCallResolver());
        }
        el.defineBean("row", ROW);
        return el;
    }

    @Test
    void answersEveryCallAsTheStandardResolversDo() {
        ELProcessor standard = processor(false);
        ELProcessor resolved = processor(true);
        for (String expression : EXPRESSIONS) {
            assertEquals((Object) standard.eval(expression), resolved.eval(expression), expression);
        }
        assertEquals("VINR-1/5", (Object) resolved.eval("row.label(5)"), "an argument coerced to the parameter's type");
    }

    @Test
    void takesAPlainCallOfAPublicType() {
        StandardELContext context = context();
        Object answer = new MethodCallResolver().invoke(context, ROW, "label", null, new Object[] {"9"});

        assertTrue(context.isPropertyResolved());
        assertEquals("VINR-1/9", answer);
    }

    @Test
    void leavesOverloadsNonPublicTypesAndMethodExpressionsToTheStandardResolvers() {
        MethodCallResolver resolver = new MethodCallResolver();
        StandardELContext context = context();

        resolver.invoke(context, ROW, "overloaded", null, new Object[] {"a"});
        assertFalse(context.isPropertyResolved(), "overloaded: the standard resolver picks by the arguments");
        resolver.invoke(context, new Hidden("x"), "name", null, new Object[0]);
        assertFalse(context.isPropertyResolved(), "a class the resolver could not call from outside its package");
        resolver.invoke(context, ROW, "reference", new Class<?>[0], new Object[0]);
        assertFalse(context.isPropertyResolved(), "a method expression's call, with declared parameter types");
        resolver.invoke(context, ROW, "nothing", null, new Object[0]);
        assertFalse(context.isPropertyResolved(), "no such method");
    }

    @Test
    void aFailingMethodsExceptionIsTheCauseAsWithTheStandardResolver() {
        ELException standard = assertThrows(ELException.class, () -> processor(false).eval("row.failing()"));
        ELException resolved = assertThrows(ELException.class, () -> processor(true).eval("row.failing()"));

        assertInstanceOf(IllegalStateException.class, resolved.getCause());
        assertEquals(standard.getCause().getClass(), resolved.getCause().getClass());
        assertEquals("refused", resolved.getCause().getMessage());
    }

    private static StandardELContext context() {
        return new StandardELContext(ExpressionFactory.newInstance());
    }
}
