//! Typical steps. A few carry parameters (the DTZ level and attempt, the kind of course, a language level); the
//! rest are plain codes.

use serde::{Deserialize, Serialize};

use super::{Arg, Cefr, CourseKind, DtzLevel, FieldOfAction};

/// The highest exam attempt number a [`StepCode::DtzResult`] may record.
pub const MAX_ATTEMPT: u8 = 9;

/// Defines [`StepCode`] with its stable codes, message ids and the default parameters `all()` uses.
macro_rules! step_codes {
    ($(
        $(#[$vmeta:meta])*
        $var:ident $({ $( $(#[$fmeta:meta])* $field:ident : $ty:ty = $default:expr ),+ $(,)? })? = $code:literal => $msg:literal
    ),+ $(,)?) => {
        /// A typical step from the catalogue, with its parameters if it has any.
        ///
        /// `code()` is the stable small integer of the kind of step; parameters travel separately
        /// ([`StepCode::packed_params`]).
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum StepCode {
            $( $(#[$vmeta])* $var $({ $( $(#[$fmeta])* $field: $ty ),+ })? ),+
        }

        impl StepCode {
            /// Every kind of step once, with default parameters, in catalogue order.
            pub const ALL: &'static [StepCode] = &[ $( StepCode::$var $({ $( $field: $default ),+ })? ),+ ];

            /// The stable small integer of this kind of step (parameters not included); never renumbered.
            pub const fn code(&self) -> u16 {
                match self {
                    $( StepCode::$var { .. } => $code, )+
                }
            }

            /// The Fluent message id of this step's label; its parameters come from [`StepCode::args`].
            pub const fn message_id(&self) -> &'static str {
                match self {
                    $( StepCode::$var { .. } => $msg, )+
                }
            }
        }
    };
}

step_codes! {
    /// Entitlement certificate for the integration course received (*Berechtigungsschein*).
    EntitlementCertificate = 100 => "step-entitlement-certificate",
    /// Obliged to attend the integration course (*Verpflichtung*).
    ObligationToAttend = 101 => "step-obligation-to-attend",
    /// Registered with a course provider.
    CourseRegistered = 102 => "step-course-registered",
    /// Placement test taken (*Einstufungstest*).
    PlacementTest = 103 => "step-placement-test",
    /// Integration course started.
    CourseStarted {
        /// Which kind of integration course.
        kind: CourseKind = CourseKind::General,
    } = 104 => "step-course-started",
    /// Result of the *Deutsch-Test für Zuwanderer*.
    DtzResult {
        /// The level reached.
        level: DtzLevel = DtzLevel::B1,
        /// Which attempt (1 = first, 2 = first retry, …), at most [`MAX_ATTEMPT`].
        attempt: u8 = 1,
    } = 105 => "step-dtz-result",
    /// Orientation course test passed (*Leben in Deutschland*).
    OrientationTest = 106 => "step-orientation-test",
    /// Integration course certificate received (*Zertifikat Integrationskurs*).
    IntegrationCourseCertificate = 107 => "step-integration-course-certificate",
    /// Exempted from the course fee (*Kostenbefreiung*).
    CostExemption = 108 => "step-cost-exemption",
    /// Registered for a job-related language course (*Berufssprachkurs*).
    JobLanguageCourseRegistered = 110 => "step-job-language-course-registered",
    /// Job-related language course started.
    JobLanguageCourseStarted {
        /// The target level of the course.
        level: Cefr = Cefr::B2,
    } = 111 => "step-job-language-course-started",
    /// Job-related language certificate received.
    JobLanguageCertificate {
        /// The level certified.
        level: Cefr = Cefr::B2,
    } = 112 => "step-job-language-certificate",
    /// Went to a language café.
    LanguageCafe = 120 => "step-language-cafe",
    /// Found a language tandem partner.
    LanguageTandem = 121 => "step-language-tandem",
    /// Started a voluntary language course.
    VoluntaryCourseStarted = 122 => "step-voluntary-course-started",
    /// Profiling / competence assessment done (*Kompetenzfeststellung*).
    Profiling = 200 => "step-profiling",
    /// Perspective talk, possibly with a person of trust (*Perspektivgespräch*).
    PerspectiveTalk = 201 => "step-perspective-talk",
    /// Cooperation plan agreed with the Jobcenter (*Kooperationsplan*).
    CooperationPlan = 202 => "step-cooperation-plan",
    /// Recognition counselling received (*Anerkennungsberatung*).
    RecognitionCounselling = 203 => "step-recognition-counselling",
    /// Documents translated.
    DocumentsTranslated = 204 => "step-documents-translated",
    /// Recognition applied for.
    RecognitionApplied = 205 => "step-recognition-applied",
    /// Recognition granted.
    RecognitionGranted = 206 => "step-recognition-granted",
    /// Internship started (*Praktikum*).
    InternshipStarted = 207 => "step-internship-started",
    /// Work opportunity started (*Arbeitsgelegenheit*).
    WorkOpportunityStarted = 208 => "step-work-opportunity-started",
    /// Job applications sent.
    ApplicationsSent = 209 => "step-applications-sent",
    /// Job interview.
    JobInterview = 210 => "step-job-interview",
    /// Training contract signed (*Ausbildungsvertrag*).
    TrainingPlaceFound = 211 => "step-training-place-found",
    /// Vocational training started (*Ausbildung*).
    TrainingStarted = 212 => "step-training-started",
    /// Vocational training completed.
    TrainingCompleted = 213 => "step-training-completed",
    /// Job started.
    JobStarted = 214 => "step-job-started",
    /// Education voucher received (*Bildungsgutschein*).
    EducationVoucher = 215 => "step-education-voucher",
    /// Qualification course started.
    QualificationStarted = 216 => "step-qualification-started",
    /// Qualification course completed.
    QualificationCompleted = 217 => "step-qualification-completed",
    /// Adaptation course for a partial recognition started (*Anpassungsqualifizierung*).
    AdaptationMeasure = 218 => "step-adaptation-measure",
    /// Education counselling received.
    EducationCounselling = 300 => "step-education-counselling",
    /// Registered for a school-leaving certificate course.
    SchoolCourseRegistered = 301 => "step-school-course-registered",
    /// School-leaving certificate course started.
    SchoolCourseStarted = 302 => "step-school-course-started",
    /// School-leaving certificate obtained.
    SchoolCertificateObtained = 303 => "step-school-certificate-obtained",
    /// Foreign certificate evaluated (*Zeugnisbewertung*).
    CertificateEvaluation = 304 => "step-certificate-evaluation",
    /// Applied to a university.
    UniversityApplied = 305 => "step-university-applied",
    /// Admitted to a university.
    UniversityAdmitted = 306 => "step-university-admitted",
    /// Studies started.
    StudiesStarted = 307 => "step-studies-started",
    /// Computer course started.
    ComputerCourseStarted = 308 => "step-computer-course-started",
    /// Course certificate obtained.
    CourseCertificateObtained = 309 => "step-course-certificate-obtained",
    /// Housing entitlement certificate applied for (*Wohnberechtigungsschein*, WBS).
    HousingEntitlementApplied = 400 => "step-housing-entitlement-applied",
    /// Housing entitlement certificate received.
    HousingEntitlementReceived = 401 => "step-housing-entitlement-received",
    /// Permission to move out / costs covered (*Zustimmung*, *Mietübernahme*).
    MoveOutApproved = 402 => "step-move-out-approved",
    /// Apartment viewed.
    ApartmentViewing = 403 => "step-apartment-viewing",
    /// Rental contract signed (*Mietvertrag*).
    RentalContractSigned = 404 => "step-rental-contract-signed",
    /// Moved in.
    MovedIn = 405 => "step-moved-in",
    /// Address registered (*Anmeldung*).
    AddressRegistered = 406 => "step-address-registered",
    /// Electricity contract signed.
    ElectricityContract = 407 => "step-electricity-contract",
    /// Personal liability insurance taken out (*Haftpflichtversicherung*).
    LiabilityInsurance = 408 => "step-liability-insurance",
    /// Registered for the broadcasting fee (*Rundfunkbeitrag*).
    BroadcastingFeeRegistered = 409 => "step-broadcasting-fee-registered",
    /// Registered with a health insurance fund (*Krankenkasse*).
    HealthInsuranceRegistered = 500 => "step-health-insurance-registered",
    /// Health insurance card received.
    HealthCardReceived = 501 => "step-health-card-received",
    /// Family doctor found (*Hausarzt*).
    FamilyDoctorFound = 502 => "step-family-doctor-found",
    /// Check-up done.
    CheckUpDone = 503 => "step-check-up-done",
    /// Vaccination record checked (*Impfpass*).
    VaccinationRecordChecked = 504 => "step-vaccination-record-checked",
    /// Vaccinations done.
    VaccinationsDone = 505 => "step-vaccinations-done",
    /// Counselling centre contacted.
    CounsellingCentreContacted = 506 => "step-counselling-centre-contacted",
    /// Counselling or therapy started.
    CounsellingStarted = 507 => "step-counselling-started",
    /// Child registered for day care (*Kita*).
    KitaRegistered = 600 => "step-kita-registered",
    /// Day-care place offered.
    KitaPlaceOffered = 601 => "step-kita-place-offered",
    /// Child started day care.
    KitaStarted = 602 => "step-kita-started",
    /// Child enrolled at school.
    SchoolEnrolled = 603 => "step-school-enrolled",
    /// Child started school.
    ChildStartedSchool = 604 => "step-child-started-school",
    /// Visa for family reunification applied for.
    VisaApplied = 605 => "step-visa-applied",
    /// Visa granted.
    VisaGranted = 606 => "step-visa-granted",
    /// Family arrived.
    FamilyArrived = 607 => "step-family-arrived",
    /// Child benefit applied for (*Kindergeld*).
    ChildBenefitApplied = 608 => "step-child-benefit-applied",
    /// Child benefit granted.
    ChildBenefitGranted = 609 => "step-child-benefit-granted",
    /// Application made at the immigration office.
    ResidenceApplied = 700 => "step-residence-applied",
    /// Provisional certificate received (*Fiktionsbescheinigung*).
    FictionalCertificateReceived = 701 => "step-fictional-certificate-received",
    /// Residence permit received (*Aufenthaltserlaubnis*).
    ResidencePermitReceived = 702 => "step-residence-permit-received",
    /// Work permit applied for.
    WorkPermitApplied = 703 => "step-work-permit-applied",
    /// Work permit received.
    WorkPermitReceived = 704 => "step-work-permit-received",
    /// Passport applied for.
    PassportApplied = 705 => "step-passport-applied",
    /// Passport received.
    PassportReceived = 706 => "step-passport-received",
    /// Settlement permit received (*Niederlassungserlaubnis*).
    SettlementPermitReceived = 707 => "step-settlement-permit-received",
    /// Naturalisation test passed (*Einbürgerungstest*).
    NaturalisationTestPassed = 708 => "step-naturalisation-test-passed",
    /// Naturalisation applied for.
    NaturalisationApplied = 709 => "step-naturalisation-applied",
    /// Naturalisation certificate received.
    NaturalisationGranted = 710 => "step-naturalisation-granted",
    /// Bank account opened.
    BankAccountOpened = 800 => "step-bank-account-opened",
    /// Visited a club.
    ClubVisited = 801 => "step-club-visited",
    /// Joined a club.
    ClubJoined = 802 => "step-club-joined",
    /// Started volunteering.
    VolunteeringStarted = 803 => "step-volunteering-started",
    /// Registered with a driving school.
    DrivingSchoolRegistered = 804 => "step-driving-school-registered",
    /// Theory test passed.
    TheoryTestPassed = 805 => "step-theory-test-passed",
    /// Driving test passed.
    DrivingTestPassed = 806 => "step-driving-test-passed",
    /// Volunteer mentor found.
    MentorFound = 807 => "step-mentor-found",
    /// Conversion of a foreign driving licence applied for (*Umschreibung*).
    DrivingLicenceConversionApplied = 808 => "step-driving-licence-conversion-applied",
    /// Counselling received.
    CounsellingReceived = 900 => "step-counselling-received",
    /// Application submitted.
    ApplicationSubmitted = 901 => "step-application-submitted",
    /// Decision received (*Bescheid*).
    DecisionReceived = 902 => "step-decision-received",
}

impl StepCode {
    /// Iterates over every kind of step with default parameters, in catalogue order.
    pub fn all() -> impl Iterator<Item = StepCode> {
        Self::ALL.iter().copied()
    }

    /// The field of action this step usually belongs to; `None` for general steps usable anywhere.
    pub fn field(&self) -> Option<FieldOfAction> {
        FieldOfAction::from_code(self.code() / 100)
    }

    /// The Fluent arguments of this step's label, e.g. `[("level", Str("B1")), ("attempt", Num(2))]`.
    pub fn args(&self) -> Vec<(&'static str, Arg)> {
        match *self {
            StepCode::CourseStarted { kind } => vec![("kind", Arg::Str(kind.token().to_owned()))],
            StepCode::DtzResult { level, attempt } => {
                vec![
                    ("level", Arg::Str(level.token().to_owned())),
                    ("attempt", Arg::Num(i64::from(attempt))),
                ]
            }
            StepCode::JobLanguageCourseStarted { level } | StepCode::JobLanguageCertificate { level } => {
                vec![(
                    "level",
                    Arg::Str(level.level_text().unwrap_or("native").to_owned()),
                )]
            }
            _ => Vec::new(),
        }
    }

    /// Whether the parameters are allowed: an attempt from 1 to [`MAX_ATTEMPT`], a real CEFR level (not
    /// native) for language courses.
    pub fn params_valid(&self) -> bool {
        match *self {
            StepCode::DtzResult { attempt, .. } => (1..=MAX_ATTEMPT).contains(&attempt),
            StepCode::JobLanguageCourseStarted { level } | StepCode::JobLanguageCertificate { level } => {
                level != Cefr::Native
            }
            _ => true,
        }
    }

    /// The parameters packed into one small integer for compact encodings (0 for steps without any):
    /// course kind or CEFR code; for the DTZ, the level code plus 256 × attempt.
    pub fn packed_params(&self) -> u16 {
        match *self {
            StepCode::CourseStarted { kind } => kind.code(),
            StepCode::DtzResult { level, attempt } => level.code() | (u16::from(attempt) << 8),
            StepCode::JobLanguageCourseStarted { level } | StepCode::JobLanguageCertificate { level } => {
                level.code()
            }
            _ => 0,
        }
    }

    /// The step with this code and packed parameters (see [`StepCode::packed_params`]), or `None` if the code
    /// is unknown or the parameters do not fit.
    pub fn from_parts(code: u16, packed: u16) -> Option<StepCode> {
        let template = Self::all().find(|s| s.code() == code)?;
        let step = match template {
            StepCode::CourseStarted { .. } => StepCode::CourseStarted {
                kind: CourseKind::from_code(packed)?,
            },
            StepCode::DtzResult { .. } => StepCode::DtzResult {
                level: DtzLevel::from_code(packed & 0xff)?,
                attempt: u8::try_from(packed >> 8).ok()?,
            },
            StepCode::JobLanguageCourseStarted { .. } => StepCode::JobLanguageCourseStarted {
                level: Cefr::from_code(packed)?,
            },
            StepCode::JobLanguageCertificate { .. } => StepCode::JobLanguageCertificate {
                level: Cefr::from_code(packed)?,
            },
            plain if packed == 0 => plain,
            _ => return None,
        };
        step.params_valid().then_some(step)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn codes_are_unique() {
        let codes: HashSet<u16> = StepCode::all().map(|s| s.code()).collect();
        assert_eq!(codes.len(), StepCode::ALL.len());
    }

    #[test]
    fn parts_round_trip() {
        for step in StepCode::all() {
            assert_eq!(
                StepCode::from_parts(step.code(), step.packed_params()),
                Some(step)
            );
        }
        let retry = StepCode::DtzResult {
            level: DtzLevel::A2,
            attempt: 3,
        };
        assert_eq!(StepCode::from_parts(105, retry.packed_params()), Some(retry));
        assert_eq!(
            StepCode::from_parts(105, DtzLevel::B1.code()),
            None,
            "attempt 0 is invalid"
        );
        assert_eq!(StepCode::from_parts(100, 1), None);
        assert_eq!(StepCode::from_parts(1, 0), None);
        assert_eq!(StepCode::from_parts(111, Cefr::Native.code()), None);
    }

    #[test]
    fn args_carry_parameters() {
        let dtz = StepCode::DtzResult {
            level: DtzLevel::A2,
            attempt: 2,
        };
        assert_eq!(
            dtz.args(),
            vec![("level", Arg::Str("A2".into())), ("attempt", Arg::Num(2))]
        );
        let course = StepCode::CourseStarted {
            kind: CourseKind::ParentsWomen,
        };
        assert_eq!(course.args(), vec![("kind", Arg::Str("parents_women".into()))]);
        assert!(StepCode::Profiling.args().is_empty());
        assert_eq!(StepCode::Profiling.field(), Some(FieldOfAction::Work));
        assert_eq!(StepCode::DecisionReceived.field(), None);
    }

    #[test]
    fn serde_form_is_readable() {
        let json = serde_json::to_string(&StepCode::DtzResult {
            level: DtzLevel::B1,
            attempt: 1,
        })
        .unwrap();
        assert_eq!(json, r#"{"dtz_result":{"level":"b1","attempt":1}}"#);
        assert_eq!(
            serde_json::to_string(&StepCode::EntitlementCertificate).unwrap(),
            "\"entitlement_certificate\""
        );
    }
}
