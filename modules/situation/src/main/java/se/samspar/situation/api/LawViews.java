package se.samspar.situation.api;

/**
 * The law view (issue 13, point 6): a municipality's three duties under SFS 2023:196 as Samspår holds them, for
 * everyone who may read its situation picture. A situation picture counts as outdated when its date lies more than
 * {@code samspar.law.picture-max-age-months} (default 12) months back.
 */
public interface LawViews {
    LawView of(long municipalityId);
}
