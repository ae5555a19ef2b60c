package se.samspar.web.meeting;

import java.io.Serializable;
import java.time.LocalDate;
import se.samspar.coordination.api.DecisionDraft;
import se.samspar.coordination.api.DecisionView;

/** What the decision form holds: a new decision, or one being changed (with the version it was shown with). */
public class DecisionForm implements Serializable {
    private static final long serialVersionUID = 1L;

    private String text;
    private String body;
    private LocalDate decidedOn;
    private String paragraph;
    private String diaryNumber;
    private String reservation;
    private long version;

    static DecisionForm of(DecisionView d) {
        DecisionForm f = new DecisionForm();
        f.text = d.text();
        f.body = d.body();
        f.decidedOn = d.decidedOn();
        f.paragraph = d.paragraph();
        f.diaryNumber = d.diaryNumber();
        f.reservation = d.reservation();
        f.version = d.version();
        return f;
    }

    DecisionDraft draft() {
        return new DecisionDraft(text, body, decidedOn, paragraph, diaryNumber, reservation);
    }

    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public LocalDate getDecidedOn() { return decidedOn; }
    public void setDecidedOn(LocalDate decidedOn) { this.decidedOn = decidedOn; }
    public String getParagraph() { return paragraph; }
    public void setParagraph(String paragraph) { this.paragraph = paragraph; }
    public String getDiaryNumber() { return diaryNumber; }
    public void setDiaryNumber(String diaryNumber) { this.diaryNumber = diaryNumber; }
    public String getReservation() { return reservation; }
    public void setReservation(String reservation) { this.reservation = reservation; }
    public long getVersion() { return version; }
}
