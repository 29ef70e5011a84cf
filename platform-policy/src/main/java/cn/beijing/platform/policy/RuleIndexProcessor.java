package cn.beijing.platform.policy;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.tools.Diagnostic;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Compile-time index of the {@link Rule} classes of a module ({@link RuleBook#INDEX}), so that the rule book finds
 * them without scanning the class path. Also refuses, at compile time, a rule that does not implement
 * {@link Decides}, is not a public concrete class, or repeats another rule's id.
 */
@SupportedAnnotationTypes("cn.beijing.platform.policy.Rule")
public final class RuleIndexProcessor extends AbstractProcessor {

    private final Set<String> rules = new TreeSet<>();
    private final Map<String, String> ids = new TreeMap<>();

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        TypeElement decides = processingEnv.getElementUtils().getTypeElement(Decides.class.getName());
        for (Element element : round.getElementsAnnotatedWith(Rule.class)) {
            if (element.getKind() != ElementKind.CLASS || !element.getModifiers().contains(Modifier.PUBLIC)
                    || element.getModifiers().contains(Modifier.ABSTRACT)) {
                error(element, "a @Rule is a public concrete class");
                continue;
            }
            TypeElement type = (TypeElement) element;
            TypeMirror erased = processingEnv.getTypeUtils().erasure(decides.asType());
            if (!processingEnv.getTypeUtils().isAssignable(processingEnv.getTypeUtils().erasure(type.asType()),
                    erased)) {
                error(element, "a @Rule implements Decides<I, D>");
            }
            String id = type.getAnnotation(Rule.class).id();
            String binaryName = processingEnv.getElementUtils().getBinaryName(type).toString();
            String other = ids.putIfAbsent(id, binaryName);
            if (other != null && !other.equals(binaryName)) {
                error(element, "the rule id " + id + " is already declared by " + other);
            }
            rules.add(binaryName);
        }
        if (round.processingOver() && !rules.isEmpty()) {
            write();
        }
        return false;
    }

    private void write() {
        try {
            FileObject index = processingEnv.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "",
                    RuleBook.INDEX);
            try (Writer out = new java.io.OutputStreamWriter(index.openOutputStream(), StandardCharsets.UTF_8)) {
                for (String rule : rules) {
                    out.write(rule);
                    out.write('\n');
                }
            }
        } catch (IOException e) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "cannot write " + RuleBook.INDEX + ": " + e);
        }
    }

    private void error(Element element, String message) {
        processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, message, element);
    }
}
