package se.samspar.web.faces.form;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.math.BigDecimal;
import se.samspar.platform.api.Decimals;

/**
 * A decimal as people type it: "2,5" and "2.5" alike (Swedish writes a decimal comma), spaces
 * ignored, empty is none; no exponent notation and at most {@link Decimals#MAX_LENGTH} characters
 * (see {@link Decimals#parse}). The field's converterMessage says what to write instead.
 */
@FacesConverter("samspar.decimal")
public class DecimalInput implements Converter<BigDecimal> {

    @Override
    public BigDecimal getAsObject(FacesContext context, UIComponent component, String value) {
        try {
            return Decimals.parse(value);
        } catch (NumberFormatException e) {
            // Shown only where a field sets no converterMessage of its own.
            String text = context.getApplication().getResourceBundle(context, "msg").getString("numericInput.invalid");
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text), e);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, BigDecimal value) {
        if (value == null) {
            return "";
        }
        String plain = Decimals.plain(value);
        boolean swedish = context.getViewRoot() == null || context.getViewRoot().getLocale() == null
                || "sv".equals(context.getViewRoot().getLocale().getLanguage());
        return swedish ? plain.replace('.', ',') : plain;
    }
}
