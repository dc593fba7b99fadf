package fi.rekisteri.rights.selfservice;

import fi.rekisteri.rights.common.Actors.VerifiedSubject;
import fi.rekisteri.rights.common.DomainException;
import fi.rekisteri.rights.common.Today;
import fi.rekisteri.rights.request.Channel;
import fi.rekisteri.rights.request.DataSubjectRequest;
import fi.rekisteri.rights.request.IdentityMethod;
import fi.rekisteri.rights.request.Letter;
import fi.rekisteri.rights.request.LetterView;
import fi.rekisteri.rights.request.NewRequest;
import fi.rekisteri.rights.request.Origin;
import fi.rekisteri.rights.request.RequestRepository;
import fi.rekisteri.rights.request.RequestService;
import fi.rekisteri.rights.request.SubjectDetails;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/**
 * The data subject's own requests: theirs when the subject email equals the verified email of their
 * login. Each public method is one transaction.
 */
@ApplicationScoped
public class MyRequestService {

  private final RequestService requests;
  private final RequestRepository repository;
  private final Today today;

  public MyRequestService(RequestService requests, RequestRepository repository, Today today) {
    this.requests = requests;
    this.repository = repository;
    this.today = today;
  }

  @Transactional
  public MyRequestView file(SelfServiceIntake intake, VerifiedSubject subject, String actor) {
    DataSubjectRequest request =
        requests.create(
            new NewRequest(
                intake.type(),
                Channel.WEB,
                Origin.SELF_SERVICE,
                today.inHelsinki(),
                intake.language(),
                new SubjectDetails(subject.email(), subject.firstName(), subject.lastName(), null),
                intake.details(),
                intake.objectionKind(),
                intake.situation(),
                IdentityMethod.TOKEN_EMAIL,
                "verified email of the self-service login"),
            actor);
    return MyRequestMapper.view(request);
  }

  @Transactional
  public List<MyRequestView> mine(String email) {
    return repository.ofEmail(email).stream().map(MyRequestMapper::view).toList();
  }

  @Transactional
  public MyRequestView mine(UUID id, String email) {
    return MyRequestMapper.view(requests.own(id, email));
  }

  @Transactional
  public List<LetterView> myLetters(UUID id, String email) {
    return requests.own(id, email).letters().all().stream().map(Letter::view).toList();
  }

  @Transactional
  public LetterView myLetter(UUID id, UUID letterId, String email) {
    return myLetters(id, email).stream()
        .filter(letter -> letter.id().equals(letterId))
        .findFirst()
        .orElseThrow(() -> DomainException.notFound("letter"));
  }

  @Transactional
  public MyRequestView withdrawMine(UUID id, String email, String reason, String actor) {
    DataSubjectRequest request = requests.own(id, email);
    requests.withdraw(request, reason, actor);
    repository.flush();
    return MyRequestMapper.view(request);
  }
}
