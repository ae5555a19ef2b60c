package se.samspar.web.internal;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.math.BigDecimal;

/**
 * A decimal as people type it: "2,5" and "2.5" alike (Swedish writes a decimal comma), spaces
 * ignored, empty is none. The field's converterMessage says what to write instead.
 */
@FacesConverter("samspar.decimal")
public class DecimalInput implements Converter<BigDecimal> {

    @Override
    public BigDecimal getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String plain = value.replaceAll("[\\s\\u00a0\\u202f]", "").replace(',', '.');
        try {
            return new BigDecimal(plain);
        } catch (NumberFormatException e) {
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, "Not a number", value), e);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, BigDecimal value) {
        if (value == null) {
            return "";
        }
        String plain = value.stripTrailingZeros().toPlainString();
        boolean swedish = context.getViewRoot() == null || context.getViewRoot().getLocale() == null
                || "sv".equals(context.getViewRoot().getLocale().getLanguage());
        return swedish ? plain.replace('.', ',') : plain;
    }
}
