// Finnish and English texts of the DPO dashboard and the self-service page; Finnish by default.
// The choice is kept in localStorage (a language code, nothing personal).

const LANG_KEY = 'rekisteri.lang';
const ZONE = 'Europe/Helsinki';

const TEXTS = {
  fi: {
    'app.title': 'Tietosuojapyynnöt',
    'app.dpoTitle': 'Tietosuojavastaavan työpöytä',
    'app.meTitle': 'Omat tietosuojapyyntöni',
    'skip': 'Siirry sisältöön',
    'nav.label': 'Päävalikko',
    'nav.queue': 'Pyyntöjono',
    'nav.figures': 'Tunnusluvut',
    'nav.new': 'Kirjaa pyyntö',
    'lang.label': 'Kieli',
    'login.button': 'Kirjaudu sisään',
    'login.intro': 'Kirjaudu sisään organisaation tunnuksilla (Keycloak).',
    'login.meIntro': 'Kirjaudu sisään nähdäksesi pyyntösi ja tehdäksesi uuden pyynnön.',
    'login.working': 'Kirjaudutaan…',
    'login.failed': 'Kirjautuminen epäonnistui: {reason}. Yritä uudelleen.',
    'logout': 'Kirjaudu ulos',
    'who': 'Kirjautunut: {name}',
    'role.notDpo': 'Tämä näkymä on tietosuojavastaavalle ja ylläpitäjälle. Tunnuksellasi ei ole näitä rooleja.',
    'role.toMe': 'Omat tietosuojapyyntösi löydät täältä',
    'role.notSubject': 'Tämä sivu on rekisteröidyille (rooli data-subject). Tunnuksellasi ei ole tätä roolia.',
    'role.toDpo': 'Tietosuojavastaavan työpöytä',
    'loading': 'Ladataan…',
    'saved': 'Tallennettu.',
    'error.title': 'Virhe',
    'error.network': 'Palveluun ei saatu yhteyttä. Yritä hetken kuluttua uudelleen.',
    'error.session': 'Istunto on päättynyt. Kirjaudu sisään uudelleen.',
    'error.status': 'Pyyntö epäonnistui (HTTP {status}).',
    'error.field': 'Kenttä {field}: {message}',
    'missing.endpoint': 'Tämä toiminto ei ole vielä käytettävissä palvelussa ({what}).',
    'queue.title': 'Pyyntöjono',
    'queue.filters': 'Rajaa pyyntöjä',
    'queue.status': 'Tila',
    'queue.type': 'Tyyppi',
    'queue.allOpen': 'Kaikki avoimet',
    'queue.all': 'Kaikki',
    'queue.allTypes': 'Kaikki tyypit',
    'queue.search': 'Hae rekisteröidyn tiedoilla',
    'queue.searchHint': 'Nimi, sähköposti tai puhelin. Haku avaa näytettyjen pyyntöjen tiedot (kirjautuu lokiin).',
    'queue.searchButton': 'Hae',
    'queue.clear': 'Tyhjennä haku',
    'queue.searching': 'Haetaan {n} pyynnön tiedoista…',
    'queue.count': '{n} pyyntöä',
    'queue.countOf': '{n} / {total} pyyntöä',
    'queue.empty': 'Ei pyyntöjä näillä rajauksilla.',
    'queue.more': 'Näytetään ensimmäiset {n}; rajaa hakua nähdäksesi loput.',
    'queue.caption': 'Pyynnöt kiireellisimmästä alkaen (määräpäivä)',
    'col.due': 'Määräpäivä',
    'col.left': 'Aikaa jäljellä',
    'col.type': 'Tyyppi',
    'col.status': 'Tila',
    'col.channel': 'Kanava',
    'col.received': 'Vastaanotettu',
    'col.target': 'Tavoitepäivä',
    'col.flags': 'Huomiot',
    'col.open': 'Pyyntö',
    'open.link': 'Avaa',
    'open.label': 'Avaa pyyntö {type}, määräpäivä {due}',
    'flag.extended': 'jatkettu',
    'flag.blocked': 'odottaa: {what}',
    'flag.identity': 'henkilöllisyys varmistettu',
    'flag.noIdentity': 'henkilöllisyys varmistamatta',
    'flag.repeat': 'toistuva pyyntö 12 kk sisällä',
    'days.overdue': 'myöhässä {n} pv',
    'days.overdue1': 'myöhässä 1 pv',
    'days.today': 'erääntyy tänään',
    'days.left': '{n} pv jäljellä',
    'days.left1': '1 pv jäljellä',
    'days.closed': 'suljettu',
    'req.back': 'Takaisin jonoon',
    'req.title': 'Pyyntö: {type}',
    'req.summary': 'Perustiedot',
    'req.id': 'Tunniste',
    'req.status': 'Tila',
    'req.type': 'Tyyppi',
    'req.channel': 'Kanava',
    'req.origin': 'Kirjaaja',
    'req.received': 'Vastaanotettu',
    'req.due': 'Määräpäivä (laki)',
    'req.target': 'Tavoitepäivä',
    'req.language': 'Vastauskieli',
    'req.details': 'Pyynnön sisältö',
    'req.objection': 'Vastustamisen peruste',
    'req.outcome': 'Lopputulos',
    'req.closed': 'Suljettu',
    'req.createdBy': 'Kirjannut',
    'req.subject': 'Rekisteröity',
    'req.name': 'Nimi',
    'req.email': 'Sähköposti',
    'req.phone': 'Puhelin',
    'req.none': '—',
    'req.repeat': 'Sama henkilö on pyytänyt tietojaan 12 kuukauden sisällä (GDPR 12(5)); pyyntö on silti maksuton.',
    'req.holdReason': 'Pidon syy',
    'req.waiting': 'Odottaa rekisteriä: {action}, yrityksiä {n}, seuraava {at}',
    'req.awaitingConfirmation': 'Odottaa rekisterin vahvistusta toteutuksesta.',
    'req.restricted': 'Käsittely on rajoitettu.',
    'req.result': 'Rekisterin vastaus',
    'identity.title': 'Henkilöllisyyden varmistus',
    'identity.verified': 'Varmistettu: {method}, {at}, {by}',
    'identity.notVerified': 'Henkilöllisyyttä ei ole vielä varmistettu.',
    'identity.note': 'Muistiinpano (ei henkilötunnuksia eikä asiakirjakopioita)',
    'identity.method': 'Tapa',
    'identity.submit': 'Merkitse varmistetuksi',
    'identity.ask': 'Pyydä lisätietoja henkilöllisyydestä',
    'identity.askNote': 'Mitä pyydettiin',
    'match.title': 'Rekisteröidyn haku rekisteristä',
    'match.state': 'Haun tila',
    'match.search': 'Hae rekisteristä',
    'match.choose': 'Valitse tämä',
    'match.chosen': 'Valittu rekisteröity: {id}',
    'match.matchedOn': 'täsmää: {fields}',
    'actions.title': 'Toimenpiteet',
    'actions.more': 'Hylkäys, pito ja peruutus',
    'ext.title': 'Määräajan jatkaminen',
    'ext.reason': 'Perustelu (kerrotaan rekisteröidylle)',
    'ext.submit': 'Jatka määräaikaa',
    'ext.done': 'Määräaikaa jatkettu {at}. Perustelu: {reason}',
    'ext.help': 'Kerran, ensimmäisen kuukauden aikana, enintään kahdella kuukaudella (GDPR 12(3)).',
    'exec.title': 'Toteuta rekisterissä',
    'exec.help': 'Tekee pyynnön mukaisen toimenpiteen rekisterissä (jäljennös, oikaisu, poisto, rajoitus, vastustus).',
    'exec.submit': 'Toteuta',
    'exec.changes': 'Oikaistavat tiedot (jätä tyhjäksi, jos ei muutu)',
    'exec.firstName': 'Etunimi',
    'exec.lastName': 'Sukunimi',
    'exec.title2': 'Titteli',
    'exec.email': 'Sähköposti',
    'exec.phone': 'Puhelin',
    'exec.notes': 'Muistiinpanot',
    'exec.accepted': 'Toimeksianto vastaanotettu; odotetaan rekisteriä.',
    'refuse.title': 'Hylkää pyyntö',
    'refuse.reasons': 'Perustelut (kerrotaan rekisteröidylle valitusoikeuden kanssa)',
    'refuse.submit': 'Hylkää',
    'complete.title': 'Merkitse valmiiksi',
    'complete.note': 'Vastauksen lisätieto (valinnainen)',
    'complete.submit': 'Merkitse valmiiksi',
    'complete.help': 'Ilman rekisteriosumaa vastaus on “tietoja ei ole”.',
    'hold.title': 'Pito',
    'hold.reason': 'Pidon syy',
    'hold.submit': 'Aseta pitoon',
    'hold.resume': 'Jatka käsittelyä',
    'withdraw.title': 'Peruutus',
    'withdraw.reason': 'Peruutuksen syy (valinnainen)',
    'withdraw.submit': 'Merkitse peruutetuksi',
    'proof.title': 'Todiste poistosta',
    'proof.checked': 'Henkilön tunnisteilla haettiin poiston jälkeen {count} paikasta (rekisterin taulut ja oikeuspalvelun tallenteet).',
    'proof.remaining': '{place}: {found} (säilytetään {until} asti)',
    'proof.untilOpen': 'avoimen saatavan ajan',
    'proof.none': 'Henkilön tunnisteet eivät löydy enää mistään.',
    'proof.keptByDesign': 'Jokainen poisto säilyttää sähköpostiosoitteen avainnetun tiivisteen (jotta kielto pysyy voimassa), merkinnän poistokirjanpitoon ja tämän pyynnön tiedot.',
    'lift.title': 'Rajoituksen poisto',
    'lift.submit': 'Poista rajoitus (ilmoitus rekisteröidylle)',
    'lift.reasons': 'Perustelut (kerrotaan rekisteröidylle)',
    'lift.help': 'Rekisteröidylle lähtee ensin ilmoitus perusteluineen; rajoitus poistuu ilmoituksessa kerrottuna päivänä (GDPR 18(3)).',
    'lift.scheduled': 'Ilmoitus on tehty; rajoitus poistuu {date}.',
    'closedNote': 'Pyyntö on suljettu; toimenpiteitä ei voi enää tehdä.',
    'letters.title': 'Kirjeet rekisteröidylle',
    'letters.none': 'Ei kirjeitä.',
    'letters.meta': '{kind}, {lang}, {at}',
    'package.title': 'Tietopaketti',
    'package.none': 'Tietopaketti syntyy, kun tarkastus- tai siirtopyyntö toteutetaan.',
    'package.download': 'Lataa {format}',
    'letters.download': 'Lataa kirje (PDF)',
    'package.open': 'Avaa luettavana (HTML)',
    'notif.title': 'Ilmoitukset vastaanottajille (GDPR 19)',
    'notif.none': 'Ei ilmoitettavia vastaanottajia.',
    'notif.recipient': 'Vastaanottaja',
    'notif.kind': 'Laji',
    'notif.state': 'Tila',
    'notif.confirmedBy': 'Vahvistettu',
    'notif.note': 'Muistiinpano',
    'notif.confirm': 'Vahvista ilmoitetuksi',
    'timeline.title': 'Tapahtumat',
    'timeline.none': 'Ei tapahtumia.',
    'timeline.entry': '{at} · {actor}',
    'timeline.reason': 'Syy: {reason}',
    'new.title': 'Kirjaa saapunut pyyntö',
    'new.help': 'Kirjeellä, sähköpostilla, puhelimitse tai käynnillä saapunut pyyntö. Määräpäivä lasketaan vastaanottopäivästä.',
    'new.receivedOn': 'Vastaanottopäivä',
    'new.firstName': 'Etunimi',
    'new.lastName': 'Sukunimi',
    'new.email': 'Sähköposti',
    'new.phone': 'Puhelin',
    'new.details': 'Pyynnön sisältö',
    'new.submit': 'Kirjaa pyyntö',
    'new.created': 'Pyyntö kirjattu, määräpäivä {due}.',
    'objectionKind': 'Vastustamisen laji',
    'situation': 'Erityinen tilanne',
    'fig.title': 'Tunnusluvut',
    'fig.open': 'Avoimia',
    'fig.due7': 'Erääntyy 7 päivässä',
    'fig.overdue': 'Myöhässä',
    'fig.waiting': 'Odottaa rekisteriä',
    'fig.onHold': 'Pidossa',
    'fig.median': 'Käsittelyaika, mediaani',
    'fig.medianValue': '{n} pv',
    'fig.share': 'Määräajassa vastattu',
    'fig.perMonth': 'Pyynnöt kuukausittain tyypeittäin',
    'fig.perMonthLabel': 'Pinottu pylväskaavio: saapuneet pyynnöt kuukausittain ja tyypeittäin, 12 kuukautta',
    'fig.days': 'Käsittelyaika ja määräaika',
    'fig.daysLabel': 'Vaakapylväät: vastaamiseen kuluneet päivät ja määräaika viimeisimmille vastatuille pyynnöille',
    'fig.daysLegendUsed': 'käytetyt päivät',
    'fig.daysLegendLate': 'yli määräajan',
    'fig.daysLegendDeadline': 'määräaika',
    'fig.shareTitle': 'Osuus määräajassa',
    'fig.shareLabel': 'Määräajassa vastattu {p} %',
    'fig.onTime': 'määräajassa',
    'fig.late': 'myöhässä',
    'fig.noAnswered': 'Vastattuja pyyntöjä ei vielä ole.',
    'fig.asTable': 'Näytä taulukkona',
    'fig.month': 'Kuukausi',
    'fig.total': 'Yhteensä',
    'fig.usedDays': 'Päiviä käytetty',
    'fig.allowedDays': 'Päiviä sallittu',
    'fig.fromList': 'Laskettu {n} ladatusta pyynnöstä.',
    'fig.unavailable': 'Palvelun tunnuslukuja ei saatu; luvut on laskettu ladatuista pyynnöistä.',
    'reapplied.banner': 'Tietokanta on palautettu varmuuskopiosta: {n} henkilön tietojen poisto tehtiin uudelleen ennen kuin palvelu otettiin käyttöön ({at}). Poistetut tiedot eivät palanneet.',
    'reapplied.link': 'Katso uudelleen tehdyt poistot',
    'reapplied.title': 'Varmuuskopiosta palautuksen jälkeen uudelleen tehdyt poistot',
    'reapplied.none': 'Yhtään poistoa ei ole tarvinnut tehdä uudelleen.',
    'reapplied.lastCheck': 'Viimeksi tarkistettu {at}: poistokirjanpidossa {entries} merkintää, uudelleen tehtyjä {n}.',
    'reapplied.unavailable': 'Asiakasrekisterin tietoja ei saatu juuri nyt.',
    'reapplied.subject': 'Rekisteröity (tunniste)',
    'reapplied.request': 'Pyyntö (tunniste)',
    'reapplied.erasedAt': 'Alun perin poistettu',
    'reapplied.reappliedAt': 'Tehty uudelleen',
    'reapplied.outcome': 'Lopputulos',
    'me.intro': 'Täällä voit käyttää EU:n tietosuoja-asetuksen mukaisia oikeuksiasi: pyytää jäljennöksen tiedoistasi, oikaista tai poistaa tietojasi, rajoittaa käsittelyä, siirtää tietosi tai vastustaa käsittelyä. Vastaamme viimeistään kuukauden kuluessa.',
    'me.notice': 'Tietosuojaseloste',
    'me.data': 'Sinusta tallennetut tiedot',
    'me.dataHelp': 'Saat jäljennöksen kaikista sinusta tallennetuista tiedoista tekemällä tarkastuspyynnön. Kun se on käsitelty, voit ladata tiedot tältä sivulta.',
    'me.noData': 'Asiakasrekisterissä ei ole tietoja kirjautumisesi sähköpostiosoitteella.',
    'me.dataUnavailable': 'Rekisterin tietoja ei juuri nyt saatu näkyviin.',
    'me.name': 'Nimi',
    'me.email': 'Sähköposti',
    'me.phone': 'Puhelin',
    'me.organisation': 'Organisaatio',
    'me.address': 'Postiosoite',
    'me.orders': 'Tilauksia',
    'me.invoices': 'Laskuja',
    'me.new': 'Tee uusi pyyntö',
    'me.type': 'Mitä haluat pyytää?',
    'me.language': 'Vastauksen kieli',
    'me.details': 'Lisätiedot (valinnainen)',
    'me.detailsHelp': 'Kerro esimerkiksi mitä tietoja oikaisu koskee. Älä kirjoita henkilötunnusta.',
    'me.submit': 'Lähetä pyyntö',
    'me.filed': 'Pyyntö vastaanotettu. Vastaamme viimeistään {due}.',
    'me.list': 'Pyyntöni',
    'me.none': 'Sinulla ei ole pyyntöjä.',
    'me.refresh': 'Päivitä tilanne',
    'me.received': 'Vastaanotettu {date}',
    'me.due': 'Vastaamme viimeistään {date}',
    'me.extended': 'Määräaikaa on jatkettu: {reason}',
    'me.letters': 'Kirjeet ({n})',
    'me.withdraw': 'Peru pyyntö',
    'me.withdrawn': 'Pyyntö peruttu.',
    'me.confirmWithdraw': 'Vahvista peruutus',
    'me.keep': 'Älä peru',
    'me.packageReady': 'Tietosi ovat valmiina:',
    'me.packageWaiting': 'Tiedot ovat ladattavissa, kun pyyntö on käsitelty.',
    'type.desc.ACCESS': 'jäljennös tiedoistasi (GDPR 15)',
    'type.desc.RECTIFICATION': 'virheellisten tietojen korjaus (16)',
    'type.desc.ERASURE': 'tietojen poistaminen (17)',
    'type.desc.RESTRICTION': 'käsittelyn rajoittaminen (18)',
    'type.desc.PORTABILITY': 'tiedot koneluettavassa muodossa (20)',
    'type.desc.OBJECTION': 'käsittelyn vastustaminen, esim. suoramarkkinointi (21)',
    'lang.fi': 'suomi',
    'lang.en': 'englanti',
  },
  en: {
    'app.title': 'Data protection requests',
    'app.dpoTitle': 'Data protection officer’s desk',
    'app.meTitle': 'My data protection requests',
    'skip': 'Skip to content',
    'nav.label': 'Main menu',
    'nav.queue': 'Request queue',
    'nav.figures': 'Figures',
    'nav.new': 'Record a request',
    'lang.label': 'Language',
    'login.button': 'Log in',
    'login.intro': 'Log in with your organisation account (Keycloak).',
    'login.meIntro': 'Log in to see your requests and to make a new one.',
    'login.working': 'Logging in…',
    'login.failed': 'Login failed: {reason}. Please try again.',
    'logout': 'Log out',
    'who': 'Logged in: {name}',
    'role.notDpo': 'This view is for the data protection officer and administrators. Your account has neither role.',
    'role.toMe': 'Your own data protection requests are here',
    'role.notSubject': 'This page is for data subjects (role data-subject). Your account does not have that role.',
    'role.toDpo': 'The data protection officer’s desk',
    'loading': 'Loading…',
    'saved': 'Saved.',
    'error.title': 'Error',
    'error.network': 'The service could not be reached. Please try again shortly.',
    'error.session': 'Your session has ended. Please log in again.',
    'error.status': 'The request failed (HTTP {status}).',
    'error.field': 'Field {field}: {message}',
    'missing.endpoint': 'This function is not available in the service yet ({what}).',
    'queue.title': 'Request queue',
    'queue.filters': 'Filter requests',
    'queue.status': 'Status',
    'queue.type': 'Type',
    'queue.allOpen': 'All open',
    'queue.all': 'All',
    'queue.allTypes': 'All types',
    'queue.search': 'Search by the data subject',
    'queue.searchHint': 'Name, email or phone. Searching opens the shown requests (each read is audit-logged).',
    'queue.searchButton': 'Search',
    'queue.clear': 'Clear search',
    'queue.searching': 'Searching {n} requests…',
    'queue.count': '{n} requests',
    'queue.countOf': '{n} of {total} requests',
    'queue.empty': 'No requests with these filters.',
    'queue.more': 'Showing the first {n}; narrow the filters to see the rest.',
    'queue.caption': 'Requests, most urgent first (by due date)',
    'col.due': 'Due date',
    'col.left': 'Time left',
    'col.type': 'Type',
    'col.status': 'Status',
    'col.channel': 'Channel',
    'col.received': 'Received',
    'col.target': 'Target date',
    'col.flags': 'Notes',
    'col.open': 'Request',
    'open.link': 'Open',
    'open.label': 'Open request {type}, due {due}',
    'flag.extended': 'extended',
    'flag.blocked': 'waiting: {what}',
    'flag.identity': 'identity verified',
    'flag.noIdentity': 'identity not verified',
    'flag.repeat': 'repeat request within 12 months',
    'days.overdue': '{n} days overdue',
    'days.overdue1': '1 day overdue',
    'days.today': 'due today',
    'days.left': '{n} days left',
    'days.left1': '1 day left',
    'days.closed': 'closed',
    'req.back': 'Back to the queue',
    'req.title': 'Request: {type}',
    'req.summary': 'Summary',
    'req.id': 'Id',
    'req.status': 'Status',
    'req.type': 'Type',
    'req.channel': 'Channel',
    'req.origin': 'Recorded by',
    'req.received': 'Received',
    'req.due': 'Due date (legal)',
    'req.target': 'Target date',
    'req.language': 'Answer language',
    'req.details': 'What was asked',
    'req.objection': 'Objection',
    'req.outcome': 'Outcome',
    'req.closed': 'Closed',
    'req.createdBy': 'Recorded by',
    'req.subject': 'Data subject',
    'req.name': 'Name',
    'req.email': 'Email',
    'req.phone': 'Phone',
    'req.none': '—',
    'req.repeat': 'The same person asked for their data within 12 months (GDPR 12(5)); the request is still free of charge.',
    'req.holdReason': 'Reason for the hold',
    'req.waiting': 'Waiting for the register: {action}, {n} retries, next {at}',
    'req.awaitingConfirmation': 'Waiting for the register to confirm the execution.',
    'req.restricted': 'Processing is restricted.',
    'req.result': 'The register’s answer',
    'identity.title': 'Identity check',
    'identity.verified': 'Verified: {method}, {at}, {by}',
    'identity.notVerified': 'The identity has not been verified yet.',
    'identity.note': 'Note (no identity codes, no copies of documents)',
    'identity.method': 'Method',
    'identity.submit': 'Mark as verified',
    'identity.ask': 'Ask for more to verify the identity',
    'identity.askNote': 'What was asked',
    'match.title': 'Finding the subject in the register',
    'match.state': 'Search state',
    'match.search': 'Search the register',
    'match.choose': 'Choose this one',
    'match.chosen': 'Chosen subject: {id}',
    'match.matchedOn': 'matched on: {fields}',
    'actions.title': 'Actions',
    'actions.more': 'Refuse, hold or withdraw',
    'ext.title': 'Extend the deadline',
    'ext.reason': 'Reason (told to the data subject)',
    'ext.submit': 'Extend the deadline',
    'ext.done': 'Deadline extended {at}. Reason: {reason}',
    'ext.help': 'Once, within the first month, by at most two months (GDPR 12(3)).',
    'exec.title': 'Execute in the register',
    'exec.help': 'Carries the request out in the register (copy, rectification, erasure, restriction, objection).',
    'exec.submit': 'Execute',
    'exec.changes': 'Fields to rectify (leave empty to keep)',
    'exec.firstName': 'First name',
    'exec.lastName': 'Last name',
    'exec.title2': 'Title',
    'exec.email': 'Email',
    'exec.phone': 'Phone',
    'exec.notes': 'Notes',
    'exec.accepted': 'Accepted; waiting for the register.',
    'refuse.title': 'Refuse the request',
    'refuse.reasons': 'Reasons (told to the data subject with the right to complain)',
    'refuse.submit': 'Refuse',
    'complete.title': 'Complete',
    'complete.note': 'Note for the answer (optional)',
    'complete.submit': 'Complete',
    'complete.help': 'Without a register match the answer is “no data held”.',
    'hold.title': 'Hold',
    'hold.reason': 'Reason for the hold',
    'hold.submit': 'Put on hold',
    'hold.resume': 'Resume',
    'withdraw.title': 'Withdrawal',
    'withdraw.reason': 'Reason (optional)',
    'withdraw.submit': 'Record as withdrawn',
    'proof.title': 'Proof of erasure',
    'proof.checked': 'After the erasure the person\'s identifiers were searched for in {count} places (the register\'s tables and the rights service\'s stores).',
    'proof.remaining': '{place}: {found} (kept until {until})',
    'proof.untilOpen': 'the open claim is settled',
    'proof.none': 'The person\'s identifiers are found nowhere any more.',
    'proof.keptByDesign': 'Every erasure keeps a keyed hash of the email address (so that a ban stays in force), the erasure ledger\'s entry and this request\'s record.',
    'lift.title': 'Lift the restriction',
    'lift.submit': 'Lift the restriction (notice to the subject)',
    'lift.reasons': 'Reasons (told to the data subject)',
    'lift.help': 'The subject is told first, with the reasons; the restriction ends on the day the notice names (GDPR 18(3)).',
    'lift.scheduled': 'The notice was sent; the restriction ends on {date}.',
    'closedNote': 'The request is closed; no more actions.',
    'letters.title': 'Letters to the data subject',
    'letters.none': 'No letters.',
    'letters.meta': '{kind}, {lang}, {at}',
    'package.title': 'Data package',
    'package.none': 'The package is produced when an access or portability request is executed.',
    'package.download': 'Download {format}',
    'letters.download': 'Download the letter (PDF)',
    'package.open': 'Open readable (HTML)',
    'notif.title': 'Notifications to recipients (GDPR 19)',
    'notif.none': 'No recipients to notify.',
    'notif.recipient': 'Recipient',
    'notif.kind': 'Kind',
    'notif.state': 'Status',
    'notif.confirmedBy': 'Confirmed',
    'notif.note': 'Note',
    'notif.confirm': 'Confirm as notified',
    'timeline.title': 'Timeline',
    'timeline.none': 'No events.',
    'timeline.entry': '{at} · {actor}',
    'timeline.reason': 'Reason: {reason}',
    'new.title': 'Record a received request',
    'new.help': 'A request received by letter, email, phone or visit. The due date counts from the day of receipt.',
    'new.receivedOn': 'Received on',
    'new.firstName': 'First name',
    'new.lastName': 'Last name',
    'new.email': 'Email',
    'new.phone': 'Phone',
    'new.details': 'What was asked',
    'new.submit': 'Record the request',
    'new.created': 'Request recorded, due {due}.',
    'objectionKind': 'Kind of objection',
    'situation': 'Particular situation',
    'fig.title': 'Figures',
    'fig.open': 'Open',
    'fig.due7': 'Due within 7 days',
    'fig.overdue': 'Overdue',
    'fig.waiting': 'Waiting for the register',
    'fig.onHold': 'On hold',
    'fig.median': 'Days to answer, median',
    'fig.medianValue': '{n} days',
    'fig.share': 'Answered on time',
    'fig.perMonth': 'Requests per month by type',
    'fig.perMonthLabel': 'Stacked bar chart: requests received per month and type, 12 months',
    'fig.days': 'Days to answer and the deadline',
    'fig.daysLabel': 'Horizontal bars: days used to answer and the deadline, for the latest answered requests',
    'fig.daysLegendUsed': 'days used',
    'fig.daysLegendLate': 'past the deadline',
    'fig.daysLegendDeadline': 'deadline',
    'fig.shareTitle': 'Share answered on time',
    'fig.shareLabel': 'Answered on time {p} %',
    'fig.onTime': 'on time',
    'fig.late': 'late',
    'fig.noAnswered': 'No answered requests yet.',
    'fig.asTable': 'Show as a table',
    'fig.month': 'Month',
    'fig.total': 'Total',
    'fig.usedDays': 'Days used',
    'fig.allowedDays': 'Days allowed',
    'fig.fromList': 'Computed from {n} loaded requests.',
    'fig.unavailable': 'The service’s figures could not be read; these are computed from the loaded requests.',
    'reapplied.banner': 'The database was restored from a backup: the erasure of {n} people was made again before the service was opened ({at}). No erased data came back.',
    'reapplied.link': 'See the erasures made again',
    'reapplied.title': 'Erasures made again after a restore from a backup',
    'reapplied.none': 'No erasure has had to be made again.',
    'reapplied.lastCheck': 'Last checked {at}: {entries} entries in the erasure ledger, {n} made again.',
    'reapplied.unavailable': 'The customer register could not be reached just now.',
    'reapplied.subject': 'Data subject (id)',
    'reapplied.request': 'Request (id)',
    'reapplied.erasedAt': 'First erased',
    'reapplied.reappliedAt': 'Made again',
    'reapplied.outcome': 'Outcome',
    'me.intro': 'Here you can use your rights under the EU General Data Protection Regulation: get a copy of your data, have it rectified or erased, restrict its processing, take it elsewhere or object to its processing. We answer within one month.',
    'me.notice': 'Privacy notice',
    'me.data': 'The data we hold about you',
    'me.dataHelp': 'Make an access request to get a copy of all the data we hold about you. Once it has been handled you can download the data on this page.',
    'me.noData': 'The customer register holds no data under the email address of your login.',
    'me.dataUnavailable': 'The register data could not be shown just now.',
    'me.name': 'Name',
    'me.email': 'Email',
    'me.phone': 'Phone',
    'me.organisation': 'Organisation',
    'me.address': 'Postal address',
    'me.orders': 'Orders',
    'me.invoices': 'Invoices',
    'me.new': 'Make a new request',
    'me.type': 'What do you ask for?',
    'me.language': 'Language of the answer',
    'me.details': 'Details (optional)',
    'me.detailsHelp': 'For example, which data a rectification concerns. Do not write your personal identity code.',
    'me.submit': 'Send the request',
    'me.filed': 'Request received. We will answer by {due}.',
    'me.list': 'My requests',
    'me.none': 'You have no requests.',
    'me.refresh': 'Refresh',
    'me.received': 'Received {date}',
    'me.due': 'We will answer by {date}',
    'me.extended': 'The deadline was extended: {reason}',
    'me.letters': 'Letters ({n})',
    'me.withdraw': 'Withdraw the request',
    'me.withdrawn': 'Request withdrawn.',
    'me.confirmWithdraw': 'Confirm the withdrawal',
    'me.keep': 'Keep it',
    'me.packageReady': 'Your data is ready:',
    'me.packageWaiting': 'Your data can be downloaded once the request has been handled.',
    'type.desc.ACCESS': 'a copy of your data (GDPR 15)',
    'type.desc.RECTIFICATION': 'correcting wrong data (16)',
    'type.desc.ERASURE': 'erasing your data (17)',
    'type.desc.RESTRICTION': 'restricting the processing (18)',
    'type.desc.PORTABILITY': 'your data in a machine-readable format (20)',
    'type.desc.OBJECTION': 'objecting to the processing, e.g. direct marketing (21)',
    'lang.fi': 'Finnish',
    'lang.en': 'English',
  },
};

// Code lists: the API's enum values and their labels.
const CODES = {
  fi: {
    erasureOutcome: { ERASED: 'Poistettu kokonaan', PARTIALLY_ERASED: 'Poistettu osittain (säilytysvelvoite)' },
    status: {
      RECEIVED: 'Vastaanotettu', AWAITING_IDENTITY: 'Odottaa henkilöllisyyden varmistusta',
      IN_PROGRESS: 'Käsittelyssä', WAITING_FOR_REGISTER: 'Odottaa rekisteriä', EXTENDED: 'Jatkettu',
      ON_HOLD: 'Pidossa', COMPLETED: 'Valmis', PARTIALLY_COMPLETED: 'Osittain toteutettu',
      REFUSED: 'Hylätty', WITHDRAWN: 'Peruttu',
    },
    type: {
      ACCESS: 'Tietojen tarkastus', RECTIFICATION: 'Tietojen oikaisu', ERASURE: 'Tietojen poisto',
      RESTRICTION: 'Käsittelyn rajoittaminen', PORTABILITY: 'Tietojen siirto', OBJECTION: 'Vastustaminen',
    },
    channel: { LETTER: 'Kirje', EMAIL: 'Sähköposti', PHONE: 'Puhelin', VISIT: 'Käynti', WEB: 'Verkossa' },
    origin: { DPO: 'Tietosuojavastaava', SELF_SERVICE: 'Rekisteröity itse' },
    identity: {
      REGISTER_MATCH: 'Vastaa rekisterin tietoja', TOKEN_EMAIL: 'Kirjautumisen vahvistettu sähköposti',
      DPO_CHECK: 'Tietosuojavastaavan tarkistus',
    },
    match: { NOT_SEARCHED: 'Ei haettu', NONE: 'Ei osumia', ONE: 'Yksi osuma', SEVERAL: 'Useita osumia' },
    letter: {
      COMPLETION: 'Vastaus', NO_DATA_HELD: 'Tietoja ei ole', EXTENSION_NOTICE: 'Ilmoitus jatkosta',
      REFUSAL: 'Kielteinen päätös', PARTIAL_REFUSAL: 'Osittain kielteinen päätös',
      RESTRICTION_LIFT_NOTICE: 'Ilmoitus rajoituksen poistosta', OBJECTION_REJECTION: 'Vastaus vastustamiseen', WITHDRAWAL_CONFIRMATION: 'Vahvistus peruutuksesta',
    },
    objection: { DIRECT_MARKETING: 'Suoramarkkinointi', PARTICULAR_SITUATION: 'Erityinen tilanne' },
    notifStatus: { OPEN: 'Ilmoittamatta', CONFIRMED: 'Ilmoitettu' },
    recipientKind: { RECIPIENT: 'Vastaanottaja', PROCESSOR: 'Käsittelijä' },
    proofFound: { email: 'sähköposti', phone: 'puhelinnumero', name: 'nimi', street: 'katuosoite' },
    pending: { MATCH: 'haku', EXECUTE: 'toteutus', LIFT_RESTRICTION: 'rajoituksen poisto' },
    action: {
      RECEIVED: 'Vastaanotettu', IDENTITY_VERIFIED: 'Henkilöllisyys varmistettu', IDENTITY_REQUESTED: 'Henkilöllisyyden selvitystä pyydetty',
      REPEAT_ACCESS_FLAGGED: 'Toistuva tarkastuspyyntö', SUBJECT_SEARCHED: 'Haettu rekisteristä', SUBJECT_SELECTED: 'Rekisteröity valittu',
      PROCESSING_STARTED: 'Käsittely aloitettu', EXTENDED: 'Määräaikaa jatkettu', ON_HOLD: 'Asetettu pitoon', RESUMED: 'Käsittelyä jatkettu',
      EXECUTED: 'Toteutettu rekisterissä', AWAITING_CONFIRMATION: 'Odottaa rekisterin vahvistusta', ERASURE_CONFIRMED: 'Poisto vahvistettu',
      REGISTER_UNAVAILABLE: 'Rekisteri ei vastannut', REGISTER_AVAILABLE: 'Rekisteri vastasi taas', REGISTER_REFUSED: 'Rekisteri kieltäytyi',
      COMPLETED: 'Valmis', REFUSED: 'Hylätty', WITHDRAWN: 'Peruttu', PACKAGE_READ: 'Tietopaketti luettu',
      NOTIFICATIONS_CREATED: 'Ilmoitustehtävät luotu', RECIPIENT_NOTIFIED: 'Vastaanottajalle ilmoitettu',
      RESTRICTION_LIFTED: 'Rajoitus poistettu', RESTRICTION_LIFT_NOTIFIED: 'Rajoituksen poistosta ilmoitettu',
      MARKETING_SUPPRESSED: 'Poistettu markkinointilistoilta', MARKETING_UNMATCHED: 'Markkinointikieltoa ei voitu kohdistaa',
    },
    outcome: {
      COMPLETED: 'Toteutettu', NO_DATA_HELD: 'Tietoja ei ole', REFUSED: 'Hylätty', WITHDRAWN: 'Peruttu',
      PARTIALLY_COMPLETED: 'Osittain toteutettu', ACCESS_PROVIDED: 'Jäljennös toimitettu', DATA_PROVIDED: 'Tiedot toimitettu siirrettäviksi',
      RECTIFIED: 'Tiedot oikaistu', ERASED: 'Tiedot poistettu', ANONYMISED: 'Tiedot anonymisoitu', RESTRICTED: 'Käsittely rajoitettu',
      OBJECTION_RECORDED: 'Vastustus kirjattu',
    },
  },
  en: {
    erasureOutcome: { ERASED: 'Fully erased', PARTIALLY_ERASED: 'Partly erased (a duty to keep)' },
    status: {
      RECEIVED: 'Received', AWAITING_IDENTITY: 'Awaiting identity', IN_PROGRESS: 'In progress',
      WAITING_FOR_REGISTER: 'Waiting for the register', EXTENDED: 'Extended', ON_HOLD: 'On hold',
      COMPLETED: 'Completed', PARTIALLY_COMPLETED: 'Partially completed', REFUSED: 'Refused', WITHDRAWN: 'Withdrawn',
    },
    type: {
      ACCESS: 'Access', RECTIFICATION: 'Rectification', ERASURE: 'Erasure', RESTRICTION: 'Restriction',
      PORTABILITY: 'Portability', OBJECTION: 'Objection',
    },
    channel: { LETTER: 'Letter', EMAIL: 'Email', PHONE: 'Phone', VISIT: 'Visit', WEB: 'Online' },
    origin: { DPO: 'Data protection officer', SELF_SERVICE: 'The data subject' },
    identity: {
      REGISTER_MATCH: 'Matches the register', TOKEN_EMAIL: 'Verified email of the login', DPO_CHECK: 'Checked by the DPO',
    },
    match: { NOT_SEARCHED: 'Not searched', NONE: 'No match', ONE: 'One match', SEVERAL: 'Several matches' },
    letter: {
      COMPLETION: 'Answer', NO_DATA_HELD: 'No data held', EXTENSION_NOTICE: 'Extension notice', REFUSAL: 'Refusal',
      PARTIAL_REFUSAL: 'Partial refusal', RESTRICTION_LIFT_NOTICE: 'Notice of lifting the restriction', OBJECTION_REJECTION: 'Answer to an objection',
      WITHDRAWAL_CONFIRMATION: 'Withdrawal confirmation',
    },
    objection: { DIRECT_MARKETING: 'Direct marketing', PARTICULAR_SITUATION: 'Particular situation' },
    notifStatus: { OPEN: 'Not yet notified', CONFIRMED: 'Notified' },
    recipientKind: { RECIPIENT: 'Recipient', PROCESSOR: 'Processor' },
    proofFound: { email: 'email', phone: 'phone', name: 'name', street: 'street address' },
    pending: { MATCH: 'search', EXECUTE: 'execution', LIFT_RESTRICTION: 'lifting the restriction' },
    action: {
      RECEIVED: 'Received', IDENTITY_VERIFIED: 'Identity verified', IDENTITY_REQUESTED: 'Asked for identity details',
      REPEAT_ACCESS_FLAGGED: 'Repeat access request', SUBJECT_SEARCHED: 'Searched the register', SUBJECT_SELECTED: 'Subject chosen',
      PROCESSING_STARTED: 'Processing started', EXTENDED: 'Deadline extended', ON_HOLD: 'Put on hold', RESUMED: 'Resumed',
      EXECUTED: 'Executed in the register', AWAITING_CONFIRMATION: 'Waiting for the register to confirm', ERASURE_CONFIRMED: 'Erasure confirmed',
      REGISTER_UNAVAILABLE: 'Register unavailable', REGISTER_AVAILABLE: 'Register available again', REGISTER_REFUSED: 'Register refused',
      COMPLETED: 'Completed', REFUSED: 'Refused', WITHDRAWN: 'Withdrawn', PACKAGE_READ: 'Package read',
      NOTIFICATIONS_CREATED: 'Notification tasks created', RECIPIENT_NOTIFIED: 'Recipient notified',
      RESTRICTION_LIFTED: 'Restriction lifted', RESTRICTION_LIFT_NOTIFIED: 'Notice of lifting sent',
      MARKETING_SUPPRESSED: 'Taken off marketing lists', MARKETING_UNMATCHED: 'No single contact to take off marketing lists',
    },
    outcome: {
      COMPLETED: 'Done', NO_DATA_HELD: 'No data held', REFUSED: 'Refused', WITHDRAWN: 'Withdrawn',
      PARTIALLY_COMPLETED: 'Partially done', ACCESS_PROVIDED: 'Copy provided', DATA_PROVIDED: 'Portable data provided',
      RECTIFIED: 'Rectified', ERASED: 'Erased', ANONYMISED: 'Anonymised', RESTRICTED: 'Processing restricted',
      OBJECTION_RECORDED: 'Objection recorded',
    },
  },
};

export const STATUSES = Object.keys(CODES.en.status);
export const OPEN_STATUSES = ['RECEIVED', 'AWAITING_IDENTITY', 'IN_PROGRESS', 'WAITING_FOR_REGISTER', 'EXTENDED', 'ON_HOLD'];
export const ANSWERED_STATUSES = ['COMPLETED', 'PARTIALLY_COMPLETED', 'REFUSED'];
export const TYPES = Object.keys(CODES.en.type);

let lang = readLang();
const listeners = [];

function readLang() {
  try {
    const stored = localStorage.getItem(LANG_KEY);
    if (stored === 'fi' || stored === 'en') return stored;
  } catch (e) {
    // storage may be blocked; stay with the default
  }
  return 'fi';
}

export function getLang() {
  return lang;
}

export function setLang(next) {
  if (next !== 'fi' && next !== 'en') return;
  lang = next;
  try {
    localStorage.setItem(LANG_KEY, next);
  } catch (e) {
    // ignore
  }
  document.documentElement.lang = next;
  listeners.forEach((fn) => fn(next));
}

export function onLangChange(fn) {
  listeners.push(fn);
}

/** The text of a key with {placeholders} filled in; the key itself when unknown. */
export function t(key, vars = {}) {
  const text = TEXTS[lang][key] ?? TEXTS.fi[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (m, name) => (vars[name] === undefined || vars[name] === null ? m : String(vars[name])));
}

/** The label of an API code, e.g. code('status', 'RECEIVED'); the code itself when unknown. */
export function code(list, value) {
  if (value === null || value === undefined) return t('req.none');
  return CODES[lang][list]?.[value] ?? String(value);
}

/** Fills [data-i18n] texts and [data-i18n-attr="attr:key;attr:key"] attributes under root. */
export function applyTexts(root = document) {
  root.querySelectorAll('[data-i18n]').forEach((el) => {
    el.textContent = t(el.dataset.i18n);
  });
  root.querySelectorAll('[data-i18n-attr]').forEach((el) => {
    el.dataset.i18nAttr.split(';').forEach((pair) => {
      const [attr, key] = pair.split(':');
      if (attr && key) el.setAttribute(attr.trim(), t(key.trim()));
    });
  });
  document.documentElement.lang = lang;
}

/** Wires the fi/en buttons inside container (buttons with data-lang), with aria-pressed. */
export function wireLanguageSwitch(container) {
  const buttons = container.querySelectorAll('button[data-lang]');
  const mark = () => buttons.forEach((b) => b.setAttribute('aria-pressed', String(b.dataset.lang === lang)));
  buttons.forEach((b) => b.addEventListener('click', () => setLang(b.dataset.lang)));
  onLangChange(mark);
  mark();
}

// ---- dates: calendar dates are YYYY-MM-DD in Europe/Helsinki, instants are ISO-8601 UTC

/** Today in Europe/Helsinki as YYYY-MM-DD. */
export function todayInHelsinki(now = new Date()) {
  return isoDateIn(now);
}

export function isoDateIn(instant) {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' })
    .formatToParts(instant);
  const get = (type) => parts.find((p) => p.type === type).value;
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** Whole days from a to b (YYYY-MM-DD each). */
export function daysBetween(a, b) {
  const [ya, ma, da] = a.split('-').map(Number);
  const [yb, mb, db] = b.split('-').map(Number);
  return Math.round((Date.UTC(yb, mb - 1, db) - Date.UTC(ya, ma - 1, da)) / 86400000);
}

function locale() {
  return lang === 'fi' ? 'fi-FI' : 'en-GB';
}

export function fmtDate(isoDate) {
  if (!isoDate) return t('req.none');
  const [y, m, d] = isoDate.split('-').map(Number);
  return new Intl.DateTimeFormat(locale(), { timeZone: 'UTC', year: 'numeric', month: lang === 'fi' ? 'numeric' : 'short', day: 'numeric' })
    .format(new Date(Date.UTC(y, m - 1, d)));
}

export function fmtDateTime(instant) {
  if (!instant) return t('req.none');
  return new Intl.DateTimeFormat(locale(), {
    timeZone: ZONE, year: 'numeric', month: lang === 'fi' ? 'numeric' : 'short', day: 'numeric', hour: '2-digit', minute: '2-digit',
  }).format(new Date(instant));
}

/** A month, short: 11/26 (chart axes); long: marraskuu 2026 / November 2026 (tooltips, tables). */
export function fmtMonth(yyyyMm, long = false) {
  const [y, m] = yyyyMm.split('-').map(Number);
  if (!long) return `${m}/${String(y).slice(2)}`;
  return new Intl.DateTimeFormat(locale(), { timeZone: 'UTC', year: 'numeric', month: 'long' }).format(new Date(Date.UTC(y, m - 1, 1)));
}

/** Days left to a due date: {days, level: overdue|soon|later|closed, text}. */
export function daysLeft(dueDate, open = true, today = todayInHelsinki()) {
  if (!open) return { days: null, level: 'closed', text: t('days.closed') };
  const days = daysBetween(today, dueDate);
  if (days < 0) return { days, level: 'overdue', text: days === -1 ? t('days.overdue1') : t('days.overdue', { n: -days }) };
  const level = days <= 5 ? 'soon' : 'later';
  if (days === 0) return { days, level, text: t('days.today') };
  return { days, level, text: days === 1 ? t('days.left1') : t('days.left', { n: days }) };
}

document.documentElement.lang = lang;
