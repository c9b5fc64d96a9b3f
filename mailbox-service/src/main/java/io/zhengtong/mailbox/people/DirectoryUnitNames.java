package io.zhengtong.mailbox.people;

import io.zhengtong.mailbox.letter.UnitNames;
import io.zhengtong.platform.directory.OrganisationDirectory;
import io.zhengtong.platform.directory.Unit;
import org.springframework.stereotype.Component;

/**
 * Units named as people read them (凤县住房和城乡建设局), from the platform's directory. A unit the
 * directory does not know (or Keycloak not read yet: the directory is then empty) keeps its code,
 * so wording never blocks a step.
 */
@Component
public class DirectoryUnitNames implements UnitNames {

    private final OrganisationDirectory directory;

    public DirectoryUnitNames(OrganisationDirectory directory) {
        this.directory = directory;
    }

    @Override
    public String nameOf(String unitCode) {
        return directory.unit(unitCode).map(Unit::fullName).filter(name -> !name.isBlank()).orElse(unitCode);
    }
}
