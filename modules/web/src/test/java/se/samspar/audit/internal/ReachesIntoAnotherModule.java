package se.samspar.audit.internal;

import se.samspar.agreement.internal.AgreementEditingBean;

/**
 * A deliberate offender for ArchitectureTest: audit code reaching into the agreement module's
 * internal package. Test code only; the real rule check leaves tests out.
 */
public class ReachesIntoAnotherModule {
    public Class<?> offend() {
        return AgreementEditingBean.class;
    }
}
