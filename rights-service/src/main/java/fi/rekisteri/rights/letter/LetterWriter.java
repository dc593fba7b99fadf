package fi.rekisteri.rights.letter;

import fi.rekisteri.rights.gdpr.RequestType;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Writes the letters to the requester in Finnish or English from the templates in {@code
 * templates/letters/} and the words in {@code messages/letter_*.properties}. The sender and the
 * signer come from the controller profile; the letter is dated today in Finland.
 */
@ApplicationScoped
public class LetterWriter {

  private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

  @CheckedTemplate(basePath = "letters")
  static class Templates {
    static native TemplateInstance accessProvided(LetterFrame f);

    static native TemplateInstance portabilityProvided(LetterFrame f);

    static native TemplateInstance rectified(LetterFrame f, List<ContactField> fields);

    static native TemplateInstance erasure(
        LetterFrame f, ErasureLines lines, List<KeptLine> kept, String keyedHash);

    static native TemplateInstance restricted(LetterFrame f);

    static native TemplateInstance restrictionLiftNotice(
        LetterFrame f, String reasons, String liftOn);

    static native TemplateInstance objectionRecorded(LetterFrame f, Boolean directMarketing);

    static native TemplateInstance objectionRejected(LetterFrame f, String reasons, String liftOn);

    static native TemplateInstance noDataHeld(LetterFrame f, String note);

    static native TemplateInstance completed(LetterFrame f, String note);

    static native TemplateInstance extensionNotice(
        LetterFrame f, String reasons, String newDueDate);

    static native TemplateInstance refusal(LetterFrame f, String reasons, String ground);

    static native TemplateInstance withdrawn(LetterFrame f);

    static native TemplateInstance identityRequest(LetterFrame f, String how);
  }

  /** One kept part with how long it is kept, already worded. */
  @TemplateData
  public record KeptLine(ErasureLines.Kept kept, String keptFor) {}

  private final Supplier<java.util.Optional<Letterhead>> letterheads;
  private final Clock clock;

  @Inject
  public LetterWriter(LetterheadSource letterheads, Clock clock) {
    this(letterheads::current, clock);
  }

  /** For tests: a fixed letterhead and date. */
  public LetterWriter(Supplier<java.util.Optional<Letterhead>> letterheads, Clock clock) {
    this.letterheads = letterheads;
    this.clock = clock;
  }

  public LetterText accessProvided(LetterContext c) {
    return write(c, LetterKind.COMPLETION, LetterMessages::titleAccess, Templates::accessProvided);
  }

  public LetterText portabilityProvided(LetterContext c) {
    return write(
        c, LetterKind.COMPLETION, LetterMessages::titlePortability, Templates::portabilityProvided);
  }

  public LetterText rectified(LetterContext c, List<String> changedFields) {
    List<ContactField> fields = changedFields.stream().map(ContactField::of).distinct().toList();
    return write(
        c,
        LetterKind.COMPLETION,
        LetterMessages::titleRectification,
        f -> Templates.rectified(f, fields));
  }

  /** Erasure done; when something was kept, this is a partial refusal with the authority. */
  public LetterText erasure(LetterContext c, ErasureLines lines) {
    LetterMessages words = messages(c);
    List<KeptLine> kept =
        lines.kept().stream()
            .map(
                k ->
                    new KeptLine(
                        k,
                        k.until() == null
                            ? words.keptWhile(k.ground())
                            : words.keptUntil(LetterDates.format(k.until(), c.english()))))
            .toList();
    // what every erasure keeps of an email, and how long (the policy's date from the register)
    ErasureLines.KeyedHash hash = lines.keyedHash();
    String keyedHash =
        hash == null
            ? null
            : hash.whileObjection()
                ? words.keyedHashWhileObjection()
                : words.keyedHashUntil(LetterDates.format(hash.until(), c.english()));
    return write(
        c,
        lines.partial() ? LetterKind.PARTIAL_REFUSAL : LetterKind.COMPLETION,
        lines.partial() ? LetterMessages::titlePartialErasure : LetterMessages::titleErasure,
        f -> Templates.erasure(f, lines, kept, keyedHash));
  }

  public LetterText restricted(LetterContext c) {
    return write(c, LetterKind.COMPLETION, LetterMessages::titleRestriction, Templates::restricted);
  }

  /**
   * Art. 18(3) and 12(4): the restriction ends on {@code liftOn}, not before; the reasons and the
   * remedies are told with it.
   */
  public LetterText restrictionLiftNotice(LetterContext c, String reasons, LocalDate liftOn) {
    String until = LetterDates.format(liftOn, c.english());
    return write(
        c,
        LetterKind.RESTRICTION_LIFT_NOTICE,
        LetterMessages::titleRestrictionLift,
        f -> Templates.restrictionLiftNotice(f, reasons == null ? "" : reasons.strip(), until));
  }

  /**
   * Art. 21(1) and 12(4): the objection is rejected, with the reasons and the remedies; the
   * restriction kept while it was assessed ends on {@code liftOn}, not before (Art. 18(3)).
   */
  public LetterText objectionRejected(LetterContext c, String reasons, LocalDate liftOn) {
    String until = LetterDates.format(liftOn, c.english());
    return write(
        c,
        LetterKind.OBJECTION_REJECTION,
        LetterMessages::titleObjectionRejected,
        f -> Templates.objectionRejected(f, reasons == null ? "" : reasons.strip(), until));
  }

  public LetterText objectionRecorded(LetterContext c, boolean directMarketing) {
    return write(
        c,
        LetterKind.COMPLETION,
        LetterMessages::titleObjection,
        f -> Templates.objectionRecorded(f, directMarketing));
  }

  public LetterText noDataHeld(LetterContext c, String note) {
    return write(
        c,
        LetterKind.NO_DATA_HELD,
        LetterMessages::titleAnswer,
        f -> Templates.noDataHeld(f, blankToNull(note)));
  }

  public LetterText completed(LetterContext c, String note) {
    return write(
        c,
        LetterKind.COMPLETION,
        LetterMessages::titleAnswer,
        f -> Templates.completed(f, blankToNull(note)));
  }

  public LetterText extensionNotice(LetterContext c, String reasons, LocalDate newDueDate) {
    String due = LetterDates.format(newDueDate, c.english());
    return write(
        c,
        LetterKind.EXTENSION_NOTICE,
        LetterMessages::titleExtension,
        f -> Templates.extensionNotice(f, reasons == null ? "" : reasons.strip(), due));
  }

  /**
   * A refusal. {@code ground} is the Art. 12(5) ground ({@code MANIFESTLY_UNFOUNDED} or {@code
   * EXCESSIVE}), or null for any other refusal; the letter then says which, and on what basis.
   */
  public LetterText refusal(LetterContext c, String reasons, String ground) {
    return write(
        c,
        LetterKind.REFUSAL,
        // a refusal answers the request: "Vastaus ...", not a "Päätös" (no decision procedure)
        c.requestType() == RequestType.RECTIFICATION
            ? LetterMessages::titleRefusalRectification
            : LetterMessages::titleRefusal,
        f ->
            Templates.refusal(
                f, reasons == null ? "" : reasons.strip(), ground == null ? "" : ground));
  }

  public LetterText withdrawn(LetterContext c) {
    return write(
        c,
        LetterKind.WITHDRAWAL_CONFIRMATION,
        LetterMessages::titleWithdrawal,
        Templates::withdrawn);
  }

  /** The DPO asks the requester to confirm her identity; {@code how} says how, if given. */
  public LetterText identityRequest(LetterContext c, String how) {
    return write(
        c,
        LetterKind.IDENTITY_REQUEST,
        LetterMessages::titleIdentity,
        f -> Templates.identityRequest(f, blankToNull(how)));
  }

  private LetterText write(
      LetterContext c,
      LetterKind kind,
      Function<LetterMessages, String> title,
      Function<LetterFrame, TemplateInstance> template) {
    LetterMessages words = messages(c);
    LetterFrame frame = frame(c, words, title.apply(words));
    String body =
        template.apply(frame).setLocale(Locale.forLanguageTag(c.language())).render().strip();
    return new LetterText(kind, frame.title(), body + "\n");
  }

  private LetterFrame frame(LetterContext c, LetterMessages words, String title) {
    java.util.Optional<Letterhead> letterhead = letterheads.get();
    String name = fullName(c);
    return new LetterFrame(
        letterhead.orElse(null),
        LetterDates.format(LocalDate.now(clock.withZone(HELSINKI)), c.english()),
        name.isEmpty() ? null : name,
        title,
        words.right(c.requestType()),
        LetterDates.format(c.receivedOn(), c.english()),
        c.requestId().toString(),
        name.isEmpty() ? words.salutationAnonymous() : words.salutation(name),
        letterhead.map(Letterhead::dataProtectionOfficer).orElse(false)
            ? words.signerDataProtectionOfficer()
            : words.signerPersonInCharge());
  }

  static LetterMessages messages(LetterContext c) {
    return MessageBundles.get(
        LetterMessages.class, Localized.Literal.of(c.english() ? "en" : "fi"));
  }

  private static String fullName(LetterContext c) {
    String first = c.firstName() == null ? "" : c.firstName().strip();
    String last = c.lastName() == null ? "" : c.lastName().strip();
    return (first + " " + last).strip();
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
