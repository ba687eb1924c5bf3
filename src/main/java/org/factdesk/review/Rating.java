package org.factdesk.review;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.util.List;

/** One value of the organization's rating scale. Retired values stay on old verdicts. */
@Entity
public class Rating extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String label;
    public String definition;
    /** The numeric value used as ClaimReview's ratingValue. */
    public int value;
    /** #rrggbb */
    public String colour;

    public int position;
    public boolean retired;

    public static List<Rating> listInOrder() {
        return list("order by position, id");
    }

    public static boolean activeLabelTaken(String label, Long exceptId) {
        return count(
                        "lower(label) = lower(?1) and retired = false and id <> ?2",
                        label,
                        exceptId == null ? -1L : exceptId)
                > 0;
    }

    public static int nextPosition() {
        return listInOrder().stream().mapToInt(r -> r.position).max().orElse(0) + 1;
    }
}
